package se.platskompassen.live.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.compass.ui.CompassView;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.live.LiveRelease;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Residents;
import se.platskompassen.testing.Tenants;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * "Everyone answers first": the facilitator holds the projector's picture, the room sees how many
 * have answered and nothing of what, and one key on the clicker (or the button) reveals it.
 */
class ProjectorHoldViewTest extends KaribuTest {

    @Autowired Tenants tenants;
    @Autowired Residents residents;
    @Autowired LiveRelease release;

    private static String startedCount() {
        return _find(Span.class, spec -> spec.withClasses("count-value")).get(0).getText();
    }

    private static boolean compassShown() {
        return !_find(CompassView.class).isEmpty() && !_find(Svg.class, spec -> spec.withClasses("compass-image")).isEmpty();
    }

    private static boolean heldLineShown() {
        return !_find(Paragraph.class, spec -> spec.withText("Bilden visas när alla har svarat.")).isEmpty();
    }

    private static String announced() {
        return _get(Span.class, spec -> spec.withAttribute("role", "status")).getText();
    }

    /** What a clicker's key sends once its filter on the page has matched. */
    private static void press(String filter) {
        UI ui = UI.getCurrent();
        ElementUtilsKt._fireDomEvent(ui.getElement(), new DomEvent(ui.getElement(), "keydown",
                JsonNodeFactory.instance.objectNode().put(filter, true)));
    }

    private static void pushedUntil(Supplier<Boolean> shown) {
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollInterval(Duration.ofMillis(5)).until(() -> {
            MockVaadin.runUIQueue();
            return shown.get();
        });
    }

    private Dialogue dialogueWithThreeAnswers() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        for (int score : new int[] {2, 3, 6}) {
            residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, score));
        }
        return dialogue;
    }

    @Test
    void a_held_projector_shows_the_counts_and_why_but_no_compass_and_a_reload_stays_held() {
        Dialogue dialogue = dialogueWithThreeAnswers();
        navigate("live/" + dialogue.joinCode());
        assertThat(compassShown()).isTrue();
        assertThat(heldLineShown()).isFalse();

        _click(_get(Button.class, spec -> spec.withText("Håll bilden")));
        assertThat(compassShown()).as("no compass, no figures while held").isFalse();
        assertThat(heldLineShown()).isTrue();
        assertThat(startedCount()).as("how many have answered still shows").isEqualTo("3");
        assertThat(announced()).isEqualTo("Bilden hålls tills alla har svarat.");
        assertThat(_find(Button.class, spec -> spec.withText("Håll bilden"))).isEmpty();
        _get(Paragraph.class, spec -> spec.withText("Klickern: PageDown eller → visar bilden."));

        residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, 7));
        pushedUntil(() -> startedCount().equals("4"));
        assertThat(compassShown()).isFalse();

        navigate("live/" + dialogue.joinCode());
        assertThat(compassShown()).as("a reload shows the hold").isFalse();
        assertThat(heldLineShown()).isTrue();
    }

    @Test
    void page_down_on_the_clicker_reveals_the_picture_and_says_so() {
        Dialogue dialogue = dialogueWithThreeAnswers();
        navigate("live/" + dialogue.joinCode());
        _click(_get(Button.class, spec -> spec.withText("Håll bilden")));
        press(HoldPanel.REVEAL_KEY);
        assertThat(compassShown()).isTrue();
        assertThat(heldLineShown()).isFalse();
        assertThat(announced()).isEqualTo("Bilden visas nu.");
        _get(Button.class, spec -> spec.withText("Håll bilden"));

        press(HoldPanel.REVEAL_KEY);
        assertThat(compassShown()).as("the key reveals only what is held").isTrue();
    }

    @Test
    void the_button_reveals_the_picture_and_the_hold_can_come_again_for_the_next_round() {
        Dialogue dialogue = dialogueWithThreeAnswers();
        navigate("live/" + dialogue.joinCode());
        _click(_get(Button.class, spec -> spec.withText("Håll bilden")));
        _click(_get(Button.class, spec -> spec.withText("Visa bilden")));
        assertThat(compassShown()).isTrue();
        _click(_get(Button.class, spec -> spec.withText("Håll bilden")));
        assertThat(compassShown()).isFalse();
    }

    @Test
    void a_hold_made_on_another_projector_reaches_this_one_by_push() {
        Dialogue dialogue = dialogueWithThreeAnswers();
        navigate("live/" + dialogue.joinCode());
        release.hold(dialogue);
        pushedUntil(ProjectorHoldViewTest::heldLineShown);
        assertThat(compassShown()).isFalse();
        release.reveal(dialogue);
        pushedUntil(ProjectorHoldViewTest::compassShown);
    }

    @Test
    void dialogue_mode_shows_no_bars_or_comments_while_held_and_says_why() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        for (int score : new int[] {2, 3, 6}) {
            residents.answer(dialogue, new AnswerInput(Theme.FEELING_SAFE, score, null, "Mörkt " + score));
        }
        release.hold(dialogue);
        navigate("live/" + dialogue.joinCode() + "/discuss/" + Theme.FEELING_SAFE.number());
        assertThat(_get(Span.class, spec -> spec.withClasses("release-updated")).getText())
                .isEqualTo("Bilden hålls tills alla har svarat.");
        assertThat(_find(Div.class, spec -> spec.withClasses("bar"))).isEmpty();
        assertThat(_find(ListItem.class, spec -> spec.withText("Mörkt 2"))).isEmpty();

        release.reveal(dialogue);
        navigate("live/" + dialogue.joinCode() + "/discuss/" + Theme.FEELING_SAFE.number());
        _get(ListItem.class, spec -> spec.withText("Mörkt 2"));
    }

    @Test
    void an_analyst_sees_the_hold_but_can_neither_hold_nor_reveal() {
        Dialogue dialogue = dialogueWithThreeAnswers();
        release.hold(dialogue);
        signInAs(tenants.newStaff(dialogue.organisationId(), Role.ANALYST));
        navigate("live/" + dialogue.joinCode());
        assertThat(heldLineShown()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Visa bilden"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Håll bilden"))).isEmpty();
    }
}
