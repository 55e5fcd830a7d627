package se.platskompassen.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The Climate Lens is questionnaire data like the rest: complete for every version and theme,
 * worded in Swedish and English at least, versioned and hashed, and apart from the questionnaire's
 * own revisions, whose hashes it leaves as they are (QuestionnaireRevisionsTest).
 */
class ClimateModulesTest {

    private final ClimateModules modules = new ClimateModules();

    @Test
    void every_version_has_a_climate_question_with_two_or_three_prompts_for_all_fourteen_themes() {
        SoftAssertions each = new SoftAssertions();
        for (Version version : Version.values()) {
            ClimateModule module = modules.current(version);
            for (Language language : new Language[] {Language.SV, Language.EN}) {
                each.assertThat(module.languages()).contains(language);
                each.assertThat(module.texts(language).name()).isNotBlank();
                each.assertThat(module.texts(language).intro()).isNotBlank();
                for (Theme theme : Theme.values()) {
                    ThemeText text = module.themes().get(theme.ordinal()).texts().get(language);
                    each.assertThat(text).as("%s %s %s", version, theme, language).isNotNull();
                    if (text != null) {
                        each.assertThat(text.question()).isNotBlank();
                        each.assertThat(text.prompts()).hasSizeBetween(2, 3);
                    }
                }
            }
        }
        each.assertAll();
    }

    @Test
    void the_child_version_shows_pictures_of_the_climate_topics_with_words_for_them() {
        ClimateModule children = modules.current(Version.BARN);
        assertThat(children.topics()).extracting(ClimateModule.Topic::code)
                .containsExactlyInAnyOrder("HEAT", "RAIN", "GREEN", "TRAVEL");
        for (ClimateModule.Topic topic : children.topics()) {
            assertThat(getClass().getResource("/META-INF/resources/" + topic.picture())).as(topic.picture()).isNotNull();
            assertThat(topic.words(Language.SV)).isNotBlank();
            assertThat(topic.words(Language.EN)).isNotBlank();
        }
        for (Theme theme : Theme.values()) {
            assertThat(children.topics(theme)).as(theme.code()).isNotEmpty();
        }
        assertThat(modules.current(Version.VUXEN).topics(Theme.MOVING_AROUND)).isEmpty();
    }

    /** The same readability as the questionnaire's own questions (ReadabilityTest). */
    @Test
    void the_climate_questions_are_as_easy_to_read_as_the_themes_questions() {
        assertThat(lixOfQuestions(Version.BARN)).as("children").isLessThanOrEqualTo(30);
        assertThat(lixOfQuestions(Version.UNGDOM)).as("young people").isLessThanOrEqualTo(40);
    }

    private double lixOfQuestions(Version version) {
        java.util.List<String> questions = new java.util.ArrayList<>();
        for (Theme theme : Theme.values()) {
            questions.add(modules.current(version).text(theme, Language.SV).question());
        }
        return Lix.of(String.join(" ", questions));
    }

    @Test
    void every_revision_is_listed_with_the_hash_of_its_exact_file() throws IOException {
        Properties listed = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/questionnaire/climate/revisions.properties")) {
            listed.load(in);
        }
        SoftAssertions each = new SoftAssertions();
        for (ClimateModule module : modules.all()) {
            each.assertThat(listed.getProperty(module.id()))
                    .as("%s has changed or is new: a changed text needs a new revision file and its hash"
                            + " in questionnaire/climate/revisions.properties", module.id())
                    .isEqualTo(module.hash());
        }
        each.assertAll();
        assertThat(listed.stringPropertyNames()).allSatisfy(id -> assertThat(modules.find(id)).isPresent());
    }

    @Test
    void the_module_data_file_is_the_bytes_its_hash_is_made_of() {
        ClimateModule adults = modules.current(Version.VUXEN);
        byte[] file = modules.dataFile(adults.id()).orElseThrow();
        assertThat(ClimateModuleFile.read(file, "test").hash()).isEqualTo(adults.hash());
        assertThat(adults.id()).isEqualTo("climate/vuxen/2026.1");
    }
}
