package se.platskompassen.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.platskompassen.response.ui.FlowDriver.click;
import static se.platskompassen.response.ui.FlowDriver.heading;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.compass.ui.CompassView;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.questionnaire.ClimateModule;
import se.platskompassen.questionnaire.ClimateModules;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.Tenants;

/**
 * The Climate Lens on the theme screens of a dialogue that uses it (demo dialogue DEMO-KLIMAT):
 * the optional climate question after the theme's score, answered, taken back or skipped, with
 * its own radio group for the keyboard, read aloud, and its own series on the summary compass.
 */
class ClimateLensFlowTest extends ResidentFlowTest {

    @Autowired ClimateModules modules;
    @Autowired Tenants tenants;
    @Autowired DialogueService dialogues;
    @Autowired JdbcClient jdbc;

    private static ClimateQuestion climate() {
        return _get(ClimateQuestion.class);
    }

    private void tapClimate(int score) {
        clock.advance(Duration.ofSeconds(2));
        _click(climate().scale().button(score));
    }

    private void tapTheme(int score) {
        clock.advance(Duration.ofSeconds(2));
        _click(FlowDriver.themeScreen().scale().button(score));
    }

    private static List<String> pressed(ScaleButtons scale) {
        List<String> chosen = new java.util.ArrayList<>();
        for (int score = 1; score <= 7; score++) {
            if ("true".equals(scale.button(score).getElement().getAttribute("aria-checked"))) {
                chosen.add(String.valueOf(score));
            }
        }
        return chosen;
    }

    private void startClimateDialogue() {
        navigate("d/demo-klimat");
        click("Börja");
        click("Nästa");
    }

    @Test
    void the_climate_question_follows_the_themes_score_and_its_answer_is_saved_and_shown_again() {
        startClimateDialogue();
        ClimateModule module = modules.current(Version.VUXEN);
        assertThat(heading()).isEqualTo("Gå, rulla och cykla");
        assertThat(_get(H2.class, spec -> spec.withClasses("climate-heading")).getText()).isEqualTo("Klimatlinsen");
        Paragraph question = _get(climate(), Paragraph.class, spec -> spec.withId("climate-question-MOVING_AROUND"));
        assertThat(question.getText()).isEqualTo(module.text(Theme.MOVING_AROUND, Language.SV).question());

        tapTheme(5);
        tapClimate(3);
        click("Nästa");

        assertThat(storedScores()).isEqualTo(Map.of("MOVING_AROUND", 3));
        assertThat(heading()).isEqualTo("Kollektivtrafik");
        assertThat(pressed(climate().scale())).as("nothing of the theme before").isEmpty();
        assertThat(_find(climate(), Paragraph.class, spec -> spec.withId("climate-question-PUBLIC_TRANSPORT")))
                .hasSize(1);

        click("Tillbaka");
        assertThat(pressed(FlowDriver.themeScreen().scale())).containsExactly("5");
        assertThat(pressed(climate().scale())).as("the climate score given here").containsExactly("3");
    }

    @Test
    void leaving_the_climate_question_unanswered_or_taking_the_choice_back_skips_it() {
        startClimateDialogue();
        tapTheme(4);
        tapClimate(6);
        click("Inget svar på klimatfrågan");
        assertThat(pressed(climate().scale())).isEmpty();
        click("Nästa");
        click("Hoppa över");

        assertThat(storedScores()).isEmpty();
        assertThat(jdbc.sql("SELECT theme_code FROM climate_answer WHERE response_id = :id AND score IS NULL")
                .param("id", FlowDriver.responseId()).query(String.class).list())
                .as("both kept as skips").containsExactlyInAnyOrder("MOVING_AROUND", "PUBLIC_TRANSPORT");
        assertThat(heading()).isEqualTo("Trafik och parkering");
    }

    @Test
    void the_climate_scale_is_a_radio_group_of_its_own_named_by_its_question_with_its_own_key_hint() {
        startClimateDialogue();
        ScaleButtons scale = climate().scale();
        var row = scale.getElement().getChild(0);
        assertThat(row.getAttribute("role")).isEqualTo("radiogroup");
        assertThat(row.getAttribute("aria-label"))
                .isEqualTo(modules.current(Version.VUXEN).text(Theme.MOVING_AROUND, Language.SV).question());
        assertThat(row.getAttribute("aria-describedby")).isEqualTo("climate-scale-keys");
        assertThat(_find(Paragraph.class, spec -> spec.withId("climate-scale-keys"))).hasSize(1);
        assertThat(_find(Paragraph.class, spec -> spec.withId("scale-keys"))).as("the theme's hint stays one").hasSize(1);
        assertThat(scale.button(1).getElement().getAttribute("tabindex")).as("one Tab stop").isEqualTo("0");
        assertThat(scale.button(2).getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(climate().getElement().getAttribute("aria-labelledby")).isEqualTo("climate-heading");
        assertThat(scale.button(7).getElement().getAttribute("aria-label")).startsWith("7 av 7");
    }

    @Test
    void read_aloud_reads_the_climate_question_and_its_prompts() {
        startClimateDialogue();
        var text = modules.current(Version.VUXEN).text(Theme.MOVING_AROUND, Language.SV);
        List<String> spoken = FlowDriver.themeScreen().spokenParts().stream().map(ReadAloud.Part::text).toList();
        assertThat(spoken).contains("Klimatlinsen", text.question()).containsAll(text.prompts());
    }

    @Test
    void the_summary_draws_the_climate_scores_as_a_series_of_their_own() {
        startClimateDialogue();
        tapTheme(6);
        tapClimate(2);
        click("Nästa");
        for (int i = 1; i < Theme.COUNT; i++) {
            click("Hoppa över");
        }
        assertThat(heading()).isEqualTo("Din kompass");
        CompassView compass = _get(CompassView.class);
        assertThat(java.util.Objects.requireNonNull(compass.chart()).series()).extracting(series -> series.label())
                .containsExactly("Dina svar", "Klimatlinsen");
        assertThat(java.util.Objects.requireNonNull(compass.chart()).series().get(1).value(Theme.MOVING_AROUND)).isEqualTo(2.0);
        assertThat(_get(Span.class, spec -> spec.withClasses("summary-climate")).getText()).isEqualTo("Klimat: 2");
    }

    @Test
    void children_see_small_pictures_of_the_climate_topics_named_in_their_language() {
        Dialogue dialogue = tenants.newDialogue(Version.BARN);
        dialogue = dialogues.update(dialogue.id(), dialogue.settings().withClimateLens(true));
        tenants.signOut();
        navigate("d/" + dialogue.joinCode().toLowerCase());
        click("Börja");
        click("Nästa");

        List<Image> pictures = _find(climate(), Image.class, spec -> spec.withClasses("climate-picture"));
        ClimateModule children = modules.current(Version.BARN);
        assertThat(pictures).extracting(Image::getAlt).map(alt -> alt.orElse(""))
                .containsExactlyElementsOf(children.topics(Theme.MOVING_AROUND).stream()
                        .map(topic -> topic.words(Language.SV)).toList());
        assertThat(climate().scale().button(3).getElement().getAttribute("aria-label")).isNotBlank();
    }

    @Test
    void a_dialogue_without_the_climate_lens_shows_no_climate_question() {
        navigate("d/demo-vuxen");
        click("Börja");
        click("Nästa");
        assertThat(_find(ClimateQuestion.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Inget svar på klimatfrågan"))).isEmpty();
    }

    /** The climate scores stored for the flow's response, by theme code (skips left out). */
    private Map<String, Integer> storedScores() {
        Map<String, Integer> scores = new HashMap<>();
        jdbc.sql("SELECT theme_code, score FROM climate_answer WHERE response_id = :id AND score IS NOT NULL")
                .param("id", FlowDriver.responseId())
                .query((rs, row) -> scores.put(rs.getString(1), rs.getInt(2)))
                .list();
        return scores;
    }
}
