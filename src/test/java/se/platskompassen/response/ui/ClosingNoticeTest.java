package se.platskompassen.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.platskompassen.response.ui.FlowDriver.click;
import static se.platskompassen.response.ui.FlowDriver.heading;
import static se.platskompassen.response.ui.FlowDriver.responseId;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.ResponseCounts;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.Tenants;

/** An open resident page or kiosk learns at once, by push, that its dialogue has closed. */
class ClosingNoticeTest extends ResidentFlowTest {

    private static final String CLOSED =
            "Den här dialogen är avslutad och tar inte emot fler svar. Tack för att du ville vara med!";

    @Autowired Tenants tenants;
    @Autowired DialogueService dialogues;
    @Autowired ResponseService responses;
    @Autowired ManualKioskTimers timers;

    /** Runs what push would deliver until the page shows what is expected. */
    private static void pushedUntil(Supplier<Boolean> shown) {
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollInterval(Duration.ofMillis(5)).until(() -> {
            MockVaadin.runUIQueue();
            return shown.get();
        });
    }

    private static boolean showsNotice(String text) {
        return !_find(Paragraph.class, spec -> spec.withText(text)).isEmpty();
    }

    private Dialogue openDialogue() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        tenants.signOut();
        return dialogue;
    }

    private void closeAsStaff(Dialogue dialogue) {
        tenants.as(dialogue.organisationId(), () -> {
            dialogues.close(dialogue.id());
        });
    }

    @Test
    void a_kiosk_waiting_at_its_start_screen_shows_the_closed_notice_at_once() {
        Dialogue dialogue = openDialogue();
        navigate("kiosk/" + dialogue.joinCode());
        assertThat(_find(Button.class, spec -> spec.withText("Börja"))).hasSize(1);

        closeAsStaff(dialogue);

        pushedUntil(() -> showsNotice(CLOSED));
        assertThat(_find(Button.class, spec -> spec.withText("Börja"))).isEmpty();
    }

    @Test
    void a_resident_in_the_middle_of_answering_is_told_and_can_still_submit_within_the_grace_period() {
        Dialogue dialogue = openDialogue();
        navigate("d/" + dialogue.joinCode());
        click("Börja");
        UUID id = responseId();
        click("Nästa");
        click("4");

        closeAsStaff(dialogue);
        pushedUntil(() -> !_find(Paragraph.class, spec -> spec.withClasses("closing-notice")).isEmpty());

        click("Nästa");
        for (int i = 1; i < Theme.COUNT; i++) {
            click("Hoppa över");
        }
        click("Skicka in");
        assertThat(heading()).isEqualTo("Tack för dina svar!");
        ResponseCounts counts = tenants.as(dialogue.organisationId(), () -> responses.counts(dialogue));
        assertThat(counts.completed()).isEqualTo(1);
        assertThat(id).isNotNull();
    }

    @Test
    void a_kiosk_whose_last_person_finished_after_the_close_shows_the_closed_notice_at_its_start() {
        Dialogue dialogue = openDialogue();
        navigate("kiosk/" + dialogue.joinCode());
        click("Börja");
        click("Nästa");
        closeAsStaff(dialogue);
        pushedUntil(() -> !_find(Paragraph.class, spec -> spec.withClasses("closing-notice")).isEmpty());
        for (int i = 0; i < Theme.COUNT; i++) {
            click("Hoppa över");
        }
        click("Skicka in");
        click("Nästa person");

        timers.elapse(ClosingNotice.RECHECK);

        assertThat(showsNotice(CLOSED)).isTrue();
    }

    @Test
    void when_the_grace_period_ends_the_page_shows_the_closed_notice() {
        Dialogue dialogue = openDialogue();
        navigate("d/" + dialogue.joinCode());
        click("Börja");
        click("Nästa");

        closeAsStaff(dialogue);
        pushedUntil(() -> !_find(Paragraph.class, spec -> spec.withClasses("closing-notice")).isEmpty());
        timers.elapse();

        assertThat(showsNotice(CLOSED)).isTrue();
    }
}
