package se.platskompassen.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Responses point at the exact questionnaire text they were given (revision id and hash), so a
 * revision never changes once it exists: a changed text is a new revision.
 */
class QuestionnaireRevisionsTest {

    @Test
    void every_revision_is_listed_with_the_hash_of_its_exact_file() throws IOException {
        Properties listed = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/questionnaire/revisions.properties")) {
            listed.load(in);
        }
        QuestionnaireCatalog catalog = new QuestionnaireCatalog();
        SoftAssertions each = new SoftAssertions();
        for (Questionnaire questionnaire : catalog.all()) {
            each.assertThat(listed.getProperty(questionnaire.id()))
                    .as("%s has changed or is new: a changed text needs a new revision file (for example %s-%s.json)"
                            + " and its hash in revisions.properties, so that earlier responses keep their texts",
                            questionnaire.id(), questionnaire.version().id(), "<next revision>")
                    .isEqualTo(questionnaire.hash());
        }
        each.assertAll();
        assertThat(listed.stringPropertyNames()).as("every listed revision still exists")
                .allSatisfy(id -> assertThat(catalog.find(id)).isPresent());
    }
}
