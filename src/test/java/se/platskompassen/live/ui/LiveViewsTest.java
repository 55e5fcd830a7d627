package se.platskompassen.live.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.base.ui.NotFoundView;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Residents;
import se.platskompassen.testing.Tenants;

/** The projector views of one dialogue, with residents answering on their own devices meanwhile. */
class LiveViewsTest extends KaribuTest {

    @Autowired Tenants tenants;
    @Autowired Residents residents;
    @Autowired DialogueService dialogues;
    @Autowired ResponseService responses;
    @Autowired DiscussionService discussions;


    private static String count(int index) {
        return _find(Span.class, spec -> spec.withClasses("count-value")).get(index).getText();
    }

    /** Runs what push would deliver until the page shows what is expected; returns how long that took. */
    private static Duration pushedUntil(Supplier<Boolean> shown) {
        long start = System.nanoTime();
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollInterval(Duration.ofMillis(5)).until(() -> {
            MockVaadin.runUIQueue();
            return shown.get();
        });
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String compassSvg() {
        return _get(Svg.class, spec -> spec.withClasses("compass-image")).getElement().getProperty("innerHTML", "");
    }

    @Test
    void the_live_view_follows_residents_saves_by_push_and_shows_a_theme_only_from_three_answers() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        navigate("live/" + dialogue.joinCode().toLowerCase());
        assertThat(_get(H1.class).getText()).startsWith("Torget");
        assertThat(count(0)).isEqualTo("0");
        assertThat(_get(Span.class, spec -> spec.withClasses("join-code")).getText()).isEqualTo(dialogue.joinCode());
        String before = compassSvg();

        residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, 2));
        Duration first = pushedUntil(() -> count(0).equals("1"));
        residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, 3));
        pushedUntil(() -> count(0).equals("2"));
        assertThat(compassSvg()).as("two answers to a theme show nothing yet").isEqualTo(before);

        UUID third = residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, 6));
        pushedUntil(() -> count(0).equals("3"));
        assertThat(compassSvg()).as("the third answer puts the theme on the compass").isNotEqualTo(before);
        responses.complete(third);
        Duration completed = pushedUntil(() -> count(1).equals("1"));
        System.out.printf("live (Karibu): save -> live view updated in %d ms (first), %d ms (completion)%n",
                first.toMillis(), completed.toMillis());
    }

    @Test
    void the_projector_hides_the_join_code_when_the_dialogue_closes_and_shows_it_again_when_it_reopens() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        navigate("live/" + dialogue.joinCode());
        assertThat(_find(Span.class, spec -> spec.withClasses("join-code"))).hasSize(1);

        dialogues.close(dialogue.id());
        pushedUntil(() -> _find(Span.class, spec -> spec.withClasses("join-code")).isEmpty());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("projector-status")).getText())
                .isEqualTo("Dialogen tar inte emot nya svar just nu.");

        dialogues.open(dialogue.id());
        pushedUntil(() -> _find(Span.class, spec -> spec.withClasses("join-code")).size() == 1);
    }

    @Test
    void dialogue_mode_shows_the_distribution_and_comments_and_records_what_the_group_agrees() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        residents.answer(dialogue, new AnswerInput(Theme.FEELING_SAFE, 2, null, "Mörkt vid tunneln"));
        residents.answer(dialogue, new AnswerInput(Theme.FEELING_SAFE, 2, null, "Mörkt vid tunneln"));
        residents.answer(dialogue, new AnswerInput(Theme.FEELING_SAFE, 5, "Folk i rörelse på kvällen", null));
        navigate("live/" + dialogue.joinCode() + "/discuss/" + Theme.FEELING_SAFE.number());

        assertThat(_get(H1.class).getText()).isEqualTo("Trygghet");
        assertThat(_find(Div.class, spec -> spec.withClasses("bar")).stream()
                .map(bar -> bar.getElement().getAttribute("aria-label")))
                .containsExactly("7: 0 svar", "6: 0 svar", "5: 1 svar", "4: 0 svar", "3: 0 svar", "2: 2 svar",
                        "1: 0 svar");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .contains("Folk i rörelse på kvällen", "Mörkt vid tunneln (×2)");

        Button three = _get(Button.class, spec -> spec.withAttribute("aria-label", "Gruppen enas om 3"));
        _click(three);
        assertThat(three.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        _click(_get(Button.class, spec -> spec.withText("Markera som prioriterat")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Anteckningar från samtalet")), "Belysningen först");

        var outcome = discussions.of(dialogue).outcome(Theme.FEELING_SAFE);
        assertThat(outcome.agreedScore()).isEqualTo(3);
        assertThat(outcome.priority()).isTrue();
        assertThat(outcome.notes()).isEqualTo("Belysningen först");

        _click(_get(Button.class, spec -> spec.withText("Nästa tema")));
        assertThat(_get(H1.class).getText()).isEqualTo("Skötsel och underhåll");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("distribution-wait")).getText())
                .isEqualTo("Svaren visas när minst 3 har svarat på temat.");

        navigate("live/" + dialogue.joinCode());
        assertThat(compassSvg()).as("the agreed score is a series of its own").contains("gemensamma bedömning");
    }

    @Test
    void an_analyst_follows_dialogue_mode_but_records_nothing() {
        Dialogue dialogue = tenants.newDialogue(Version.BARN);
        discussions.saveAgreedScore(dialogue, Theme.NATURAL_SPACE, 3);
        signInAs(tenants.newStaff(dialogue.organisationId(), Role.ANALYST));
        navigate("live/" + dialogue.joinCode() + "/discuss/" + Theme.NATURAL_SPACE.number());

        assertThat(_find(Button.class, spec -> spec.withAttribute("aria-label", "Gruppen enas om 3"))).isEmpty();
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withClasses("agreement")).getElement().getTextRecursively())
                .contains("Gruppen enades om 3.");
    }

    @Test
    void another_organisations_code_leads_to_the_not_found_page() {
        Dialogue other = tenants.newDialogue(Version.VUXEN);
        Dialogue mine = tenants.newDialogue(Version.VUXEN);
        openAddress("live/" + other.joinCode());
        assertThat(_find(Span.class, spec -> spec.withClasses("join-code"))).isEmpty();
        openAddress("live/" + mine.joinCode() + "/discuss/15");
        assertThat(_find(Div.class, spec -> spec.withClasses("distribution"))).isEmpty();
    }

    @Test
    void a_theme_that_is_no_number_leads_to_the_not_found_page_without_an_internal_error() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        openAddress("live/" + dialogue.joinCode() + "/discuss/abc");
        assertThat(_get(NotFoundView.class)).isNotNull();
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Exception", "abc");
    }

    @Test
    void the_qr_code_shown_when_the_dialogue_opens_under_the_projector_carries_the_address_the_browser_used() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        dialogues.close(dialogue.id());
        navigate("live/" + dialogue.joinCode());
        assertThat(_find(Span.class, spec -> spec.withClasses("join-code"))).isEmpty();

        dialogues.open(dialogue.id());
        // Push runs outside any request of the browser, as it does on a real server.
        VaadinRequest request = VaadinRequest.getCurrent();
        CurrentInstance.set(VaadinRequest.class, null);
        try {
            pushedUntil(() -> _find(Span.class, spec -> spec.withClasses("join-code")).size() == 1);
        } finally {
            CurrentInstance.set(VaadinRequest.class, request);
        }
        String link = _get(Paragraph.class, spec -> spec.withClasses("join-link")).getText();
        assertThat(link).as("the Karibu browser asked for 127.0.0.1").startsWith("127.0.0.1")
                .doesNotContain("localhost");
    }
}
