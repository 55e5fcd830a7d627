package se.platskompassen.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionnaireCatalogTest {

    private final QuestionnaireCatalog catalog = new QuestionnaireCatalog();

    @Test
    void every_version_has_fourteen_themes_in_the_fixed_order_in_every_language() {
        for (Version version : Version.values()) {
            Questionnaire questionnaire = catalog.current(version);
            assertThat(questionnaire.languages()).containsExactlyInAnyOrder(Language.values());
            assertThat(questionnaire.themes()).extracting(ThemeContent::theme).containsExactly(Theme.values());
            for (ThemeContent theme : questionnaire.themes()) {
                for (Language language : Language.values()) {
                    ThemeText text = theme.text(language);
                    assertThat(text.name()).isNotBlank();
                    assertThat(text.question()).as("a question in %s", language).containsPattern("[?\u061F\u1367]");
                    assertThat(text.prompts()).hasSizeBetween(3, 6);
                }
            }
        }
    }

    @Test
    void the_child_version_has_a_picture_per_theme_and_names_its_three_faces() {
        Questionnaire child = catalog.current(Version.BARN);
        assertThat(child.scale().steps()).isEqualTo(3);
        for (ThemeContent theme : child.themes()) {
            assertThat(theme.picture()).isNotNull();
            assertThat(getClass().getResource("/META-INF/resources/" + theme.picture())).as(theme.picture()).isNotNull();
        }
        for (Language language : Language.values()) {
            assertThat(child.texts(language).steps()).hasSize(3).doesNotContainNull();
        }
        assertThat(catalog.current(Version.VUXEN).texts(Language.SV).steps()).isEmpty();
    }

    @Test
    void the_hash_is_the_sha256_of_the_exact_data_file_and_the_id_names_version_and_revision() throws Exception {
        Questionnaire first = catalog.find("vuxen/2026.1").orElseThrow();
        byte[] bytes;
        try (var in = getClass().getResourceAsStream("/questionnaire/vuxen-2026.1.json")) {
            bytes = in.readAllBytes();
        }
        assertThat(first.hash()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));

        Questionnaire adult = catalog.current(Version.VUXEN);
        byte[] dataFile = catalog.dataFile(adult.id()).orElseThrow();
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(dataFile));
        assertThat(adult.hash()).isEqualTo(expected);
        assertThat(adult.languages()).as("worded by every shipped pack").containsAll(LanguagePacks.shipped().keySet());
        assertThat(adult.id()).isEqualTo("vuxen/" + adult.revision());
        assertThat(catalog.find(adult.id())).contains(adult);
    }

    @Test
    void the_newest_revision_is_current_and_older_ones_stay_findable() throws IOException {
        Questionnaire first = catalog.current(Version.UNGDOM);
        Questionnaire newer = new Questionnaire(Version.UNGDOM, "2026.10", "other-hash", first.texts(), first.themes());
        Questionnaire older = new Questionnaire(Version.UNGDOM, "2026.9", "old-hash", first.texts(), first.themes());
        QuestionnaireCatalog catalogWithRevisions = new QuestionnaireCatalog(List.of(
                older, newer, catalog.current(Version.VUXEN), catalog.current(Version.BARN)));

        assertThat(catalogWithRevisions.current(Version.UNGDOM).revision()).isEqualTo("2026.10");
        assertThat(catalogWithRevisions.find("ungdom/2026.9")).contains(older);
    }

    @Test
    void a_file_with_a_theme_out_of_order_is_refused_with_the_reason() {
        String broken = """
                {"version":"vuxen","revision":"1","scale":{"min":1,"max":7},
                 "texts":{"sv":{"title":"t","intro":"i","scaleLow":"l","scaleHigh":"h","steps":[]},
                          "en":{"title":"t","intro":"i","scaleLow":"l","scaleHigh":"h","steps":[]}},
                 "themes":[]}
                """;
        assertThatThrownBy(() -> QuestionnaireReader.read(broken.getBytes(), "broken.json"))
                .hasMessageContaining("broken.json").hasMessageContaining("expected 14 themes");
    }
}
