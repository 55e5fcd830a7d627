package se.platskompassen.live.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Residents;
import se.platskompassen.testing.Tenants;

/**
 * The projector releases figures and comments in batches of at least three new answers to a
 * theme (or on the facilitator's "show", for themes that have them), so that the room cannot see
 * what the person who just put the tablet down chose; the started and finished counts follow
 * every save.
 */
class LiveReleaseViewsTest extends KaribuTest {

    @Autowired Tenants tenants;
    @Autowired Residents residents;
    @Autowired ResponseService responses;


    private static String startedCount() {
        return _find(Span.class, spec -> spec.withClasses("count-value")).get(0).getText();
    }

    private static String compassSvg() {
        return _get(Svg.class, spec -> spec.withClasses("compass-image")).getElement().getProperty("innerHTML", "");
    }

    private static String waiting() {
        return _find(Span.class, spec -> spec.withClasses("release-waiting")).stream().map(Span::getText)
                .findFirst().orElse("");
    }

    private static List<String> bars() {
        return _find(Div.class, spec -> spec.withClasses("bar")).stream()
                .map(bar -> bar.getElement().getAttribute("aria-label")).toList();
    }

    private static List<String> comments() {
        return _find(ListItem.class).stream().map(ListItem::getText).toList();
    }

    /** Runs what push would deliver until the page shows what is expected. */
    private static void pushedUntil(Supplier<Boolean> shown) {
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollInterval(Duration.ofMillis(5)).until(() -> {
            MockVaadin.runUIQueue();
            return shown.get();
        });
    }

    @Test
    void one_new_answer_leaves_the_compass_as_it_was_while_the_started_count_follows_it() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        for (int score : new int[] {2, 3, 6}) {
            residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, score));
        }
        navigate("live/" + dialogue.joinCode());
        String threeAnswers = compassSvg();

        residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, 7));
        pushedUntil(() -> startedCount().equals("4"));
        assertThat(compassSvg()).as("one new answer does not move the compass").isEqualTo(threeAnswers);
        assertThat(waiting()).isEqualTo("Nya svar som väntar: 1");

        residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, 7));
        pushedUntil(() -> startedCount().equals("5"));
        assertThat(compassSvg()).as("nor do two").isEqualTo(threeAnswers);

        residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, 7));
        pushedUntil(() -> startedCount().equals("6"));
        assertThat(compassSvg()).as("the third new answer releases the batch").isNotEqualTo(threeAnswers);
        assertThat(waiting()).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withClasses("release-updated")).getText())
                .matches("Uppdaterad \\d\\d:\\d\\d");
    }

    @Test
    void a_changed_answer_waits_for_a_batch_like_a_new_one() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        UUID first = residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, 2));
        residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, 3));
        residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, 6));
        navigate("live/" + dialogue.joinCode() + "/discuss/" + Theme.FEELING_SAFE.number());
        List<String> before = bars();
        assertThat(before).contains("2: 1 svar");

        responses.saveAnswer(first, AnswerInput.scored(Theme.FEELING_SAFE, 7));
        pushedUntil(() -> waiting().equals("Nya svar som väntar: 1") || !bars().equals(before));
        assertThat(bars()).as("the change of one person's score stays off the wall").isEqualTo(before);
    }

    @Test
    void dialogue_mode_shows_a_new_comment_only_with_a_batch_of_answers() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        residents.answer(dialogue, new AnswerInput(Theme.FEELING_SAFE, 2, null, "Mörkt vid tunneln"));
        residents.answer(dialogue, new AnswerInput(Theme.FEELING_SAFE, 4, null, null));
        residents.answer(dialogue, new AnswerInput(Theme.FEELING_SAFE, 5, "Folk i rörelse", null));
        navigate("live/" + dialogue.joinCode() + "/discuss/" + Theme.FEELING_SAFE.number());
        assertThat(comments()).contains("Mörkt vid tunneln", "Folk i rörelse");

        residents.answer(dialogue, new AnswerInput(Theme.FEELING_SAFE, 1, null, "Cyklar för fort"));
        pushedUntil(() -> waiting().equals("Nya svar som väntar: 1") || comments().contains("Cyklar för fort"));
        assertThat(comments()).doesNotContain("Cyklar för fort");

        residents.answer(dialogue, new AnswerInput(Theme.FEELING_SAFE, 3, null, null));
        residents.answer(dialogue, new AnswerInput(Theme.FEELING_SAFE, 6, "Bra belysning", null));
        pushedUntil(() -> comments().contains("Cyklar för fort"));
        assertThat(comments()).contains("Bra belysning", "Mörkt vid tunneln", "Folk i rörelse");
        assertThat(comments()).as("alphabetical, never in the order they came")
                .containsSubsequence("Bra belysning", "Folk i rörelse");
    }

    @Test
    void the_facilitators_show_releases_the_themes_with_enough_new_answers_and_the_others_wait() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        for (int score : new int[] {2, 3, 6}) {
            residents.answer(dialogue, AnswerInput.scored(Theme.MOVING_AROUND, score),
                    AnswerInput.scored(Theme.FEELING_SAFE, score));
        }
        navigate("live/" + dialogue.joinCode());
        String before = compassSvg();

        // Three new answers to one theme, and one to another: the one answer holds the picture.
        residents.answer(dialogue, AnswerInput.scored(Theme.MOVING_AROUND, 7), AnswerInput.scored(Theme.FEELING_SAFE, 7));
        residents.answer(dialogue, AnswerInput.scored(Theme.MOVING_AROUND, 7));
        residents.answer(dialogue, AnswerInput.scored(Theme.MOVING_AROUND, 7));
        pushedUntil(() -> startedCount().equals("6"));
        assertThat(compassSvg()).isEqualTo(before);
        assertThat(waiting()).isEqualTo("Nya svar som väntar: 4");

        _click(_get(Button.class, spec -> spec.withText("Visa nya svar")));
        assertThat(compassSvg()).as("the theme with three new answers is released").isNotEqualTo(before);
        assertThat(waiting()).as("the single answer to the other theme still waits").isEqualTo("Nya svar som väntar: 1");
    }

    @Test
    void an_analyst_follows_the_projector_but_has_no_show_button() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        signInAs(tenants.newStaff(dialogue.organisationId(), Role.ANALYST));
        navigate("live/" + dialogue.joinCode());
        assertThat(_find(Button.class, spec -> spec.withText("Visa nya svar"))).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withClasses("release-updated")).getText())
                .isEqualTo("Inga svar visas ännu");
    }
}
