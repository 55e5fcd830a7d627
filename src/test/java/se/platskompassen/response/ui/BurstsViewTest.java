package se.platskompassen.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.ResidentSession;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.Tenants;

/** Staff see bursts of responses and exclude them from the figures; residents past a limit are told to wait. */
class BurstsViewTest extends ResidentFlowTest {

    @Autowired Tenants tenants;
    @Autowired ResponseService responses;
    @Autowired QuestionnaireCatalog questionnaires;

    private void completedFrom(Dialogue dialogue, ResidentSession session, int count) {
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            responses.start(dialogue, id, questionnaires.current(dialogue.version()), Language.SV,
                    CollectionMode.OWN_DEVICE, session);
            responses.saveAnswer(id, AnswerInput.scored(Theme.MOVING_AROUND, 7));
            responses.complete(id);
        }
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    @Test
    void a_facilitator_excludes_a_burst_from_one_session_with_a_reason_and_includes_it_again() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        completedFrom(dialogue, ResidentSession.random(), 4);
        completedFrom(dialogue, ResidentSession.random(), 1);
        navigate("dialogues/" + dialogue.id() + "/bursts");
        _assertText("4 svar från samma webbläsare (Egen mobil eller dator)");

        _click(button("Räkna bort 4 svar"));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Skäl till att räkna bort svar")).isInvalid()).isTrue();
        assertThat(responses.counts(dialogue).started()).isEqualTo(5);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Skäl till att räkna bort svar")), "Skript, samma sekund");
        _click(button("Räkna bort 4 svar"));

        assertThat(responses.counts(dialogue).completed()).isEqualTo(1);
        assertThat(responses.scoreCounts(dialogue).answered(Theme.MOVING_AROUND)).isEqualTo(1);
        _assertText("4 svar räknades bort");
        _assertText(": Skript, samma sekund");

        _click(button("Räkna med 4 svar igen"));
        assertThat(responses.counts(dialogue).completed()).isEqualTo(5);
        assertThat(responses.scoreCounts(dialogue).answered(Theme.MOVING_AROUND)).isEqualTo(5);
        _assertText("Inga svar är bortraknade.");
    }

    @Test
    void a_resident_past_the_session_limit_is_asked_to_wait_and_stays_on_the_start() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        tenants.signOut();
        ResidentSession session = ResidentSession.random();
        VaadinSession.getCurrent().setAttribute(ResidentSession.class, session);
        for (int i = 0; i < 6; i++) {
            responses.start(dialogue, UUID.randomUUID(), questionnaires.current(dialogue.version()), Language.SV,
                    CollectionMode.SHARED_TABLET, session);
        }
        navigate("kiosk/" + dialogue.joinCode());

        clock.advance(Duration.ofSeconds(2));
        _click(button("Börja"));

        assertThat(_find(Div.class, spec -> spec.withAttribute("role", "alert")).stream()
                .map(div -> div.getElement().getText()))
                .contains("Många svar har börjats härifrån på kort tid. Vänta en minut och tryck sedan på Börja igen.");
        assertThat(button("Börja").isEnabled()).isTrue();
    }

    private static void _assertText(String part) {
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText).anyMatch(text -> text.contains(part)))
                .as("a paragraph containing \"%s\"", part).isTrue();
    }
}
