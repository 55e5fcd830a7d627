package se.platskompassen.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.platskompassen.response.ui.FlowDriver.click;
import static se.platskompassen.response.ui.FlowDriver.heading;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.live.LiveRelease;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.testing.Residents;
import se.platskompassen.testing.Tenants;

/**
 * After submitting, a resident sees their own compass over the group's, only once the group is
 * at least the organisation's minimum size (five by default) and not while the facilitator holds
 * the projector's picture; the group's figures are the projector's.
 */
class ThanksGroupTest extends ResidentFlowTest {

    @Autowired Tenants tenants;
    @Autowired Residents residents;
    @Autowired LiveRelease release;

    private Dialogue dialogueAnsweredBy(int people) {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        for (int i = 0; i < people; i++) {
            residents.answer(dialogue, AnswerInput.scored(Theme.MOVING_AROUND, 2 + i % 3));
        }
        tenants.signOut();
        return dialogue;
    }

    /** A resident on their own phone: the first theme scored 6, the others skipped, then submitted. */
    private void answerAndSubmit(Dialogue dialogue) {
        answerAndSubmit("d/" + dialogue.joinCode());
    }

    private void answerAndSubmit(String path) {
        navigate(path);
        click("Börja");
        click("Nästa");
        click("6");
        click("Nästa");
        for (int i = 1; i < Theme.COUNT; i++) {
            click("Hoppa över");
        }
        click("Skicka in");
        assertThat(heading()).isEqualTo("Tack för dina svar!");
    }

    private static boolean says(String text) {
        return !_find(Paragraph.class, spec -> spec.withText(text)).isEmpty();
    }

    /** The compass's table: one column per series, the resident's own and the group's. */
    private static String table() {
        return _get(NativeTable.class, spec -> spec.withClasses("compass-table")).getElement().getOuterHTML();
    }

    @Test
    void below_the_minimum_group_size_the_resident_reads_that_the_group_comes_later_and_sees_no_group() {
        Dialogue dialogue = dialogueAnsweredBy(2);
        answerAndSubmit(dialogue);
        _get(H2.class, spec -> spec.withText("Du och gruppen"));
        assertThat(says("Gruppens bild kommer när tillräckligt många har svarat.")).isTrue();
        assertThat(_find(NativeTable.class)).as("no compass of the group").isEmpty();
    }

    @Test
    void from_the_minimum_group_size_the_resident_sees_their_own_compass_over_the_groups() {
        Dialogue dialogue = dialogueAnsweredBy(5);
        answerAndSubmit(dialogue);
        assertThat(says("Din kompass över gruppens, så som den visas i rummet just nu.")).isTrue();
        assertThat(says("Bara du ser dina svar här.")).isTrue();
        assertThat(table()).contains("Gruppens median").contains("Dina svar").contains("Gå, rulla och cykla");
        assertThat(table()).as("the own score").contains(">6<");
        assertThat(table()).as("the group's median of 2, 3, 4, 2, 3 and the resident's 6, released as one batch")
                .contains(">3 (mittersta hälften 2–4, 6 svar)<");
    }

    @Test
    void while_the_projector_is_held_the_resident_reads_that_the_group_is_shown_when_everyone_has_answered() {
        Dialogue dialogue = dialogueAnsweredBy(5);
        tenants.as(dialogue.organisationId(), () -> release.hold(dialogue));
        answerAndSubmit(dialogue);
        assertThat(says("Gruppens bild visas när alla har svarat.")).isTrue();
        assertThat(_find(NativeTable.class)).isEmpty();

        tenants.as(dialogue.organisationId(), () -> release.reveal(dialogue));
        newBrowserSession();
        answerAndSubmit(dialogue);
        assertThat(table()).contains("Gruppens median");
    }

    @Test
    void on_a_shared_tablet_the_next_person_starts_with_nothing_of_the_last_ones_compass() {
        Dialogue dialogue = dialogueAnsweredBy(5);
        answerAndSubmit("kiosk/" + dialogue.joinCode());
        assertThat(table()).contains("Dina svar");
        click("Nästa person");
        assertThat(_find(NativeTable.class)).isEmpty();
        assertThat(_find(GroupComparison.class)).isEmpty();
        assertThat(FlowDriver.flow().state().answers).as("nothing of the last person is kept").isEmpty();
    }
}
