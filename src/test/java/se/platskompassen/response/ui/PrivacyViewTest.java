package se.platskompassen.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.organisation.NoAccessException;
import se.platskompassen.organisation.OrganisationService;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

class PrivacyViewTest extends KaribuTest {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired ResponseService responses;
    @Autowired JdbcClient jdbc;
    @Autowired OrganisationService organisations;

    /** A new organisation whose one dialogue has {@code count} responses; its admin is signed in. */
    private Dialogue dialogueWithResponses(int count) {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        respondents.in(dialogue).count(count).mode(CollectionMode.PAPER)
                .startingAt(Instant.parse("2025-03-01T10:00:00Z"), Duration.ofDays(1)).taking(Duration.ZERO)
                .answers((respondent, theme) -> theme == Theme.FEELING_SAFE
                        ? new AnswerInput(theme, 3, "Gammal kommentar " + respondent, null) : null)
                .record();
        return dialogue;
    }

    @Test
    void an_admin_deletes_a_dialogues_responses_after_a_confirmation_that_names_how_many() {
        Dialogue dialogue = dialogueWithResponses(7);
        navigate("privacy");

        @SuppressWarnings("unchecked")
        Grid<Dialogue> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).as("only the organisation's own dialogue").isEqualTo(1);
        Button delete = (Button) GridKt._getCellComponent(grid, 0, "delete");
        assertThat(delete.getElement().getAttribute("aria-label")).isEqualTo("Radera svaren i Dialog");
        _click(delete);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message"))
                .isEqualTo("Alla 7 svar i ”Dialog” raderas för gott. Det går inte att ångra.");
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));

        assertThat(responses.counts(dialogue).started()).isZero();
        assertThat(responses.scoreCounts(dialogue).answered(Theme.FEELING_SAFE)).as("the tally follows").isZero();
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE action = 'RESPONSES_DELETED' ORDER BY id DESC "
                + "FETCH FIRST 1 ROWS ONLY").query(String.class).single()).startsWith("7 responses");
        tenants.signOut();
    }

    @Test
    void the_retention_setting_is_saved_from_the_page() {
        Dialogue dialogue = dialogueWithResponses(1);
        navigate("privacy");
        @SuppressWarnings("unchecked")
        Select<Integer> keep = _get(Select.class, spec -> spec.withLabel("Spara kommentarer"));
        _setValue(keep, 30);
        _click(_get(Button.class, spec -> spec.withText("Spara")));

        assertThat(jdbc.sql("SELECT comment_retention_days FROM organisation WHERE id = :o")
                .param("o", dialogue.organisationId()).query(Integer.class).single()).isEqualTo(30);
        tenants.signOut();
    }

    @Test
    void the_minimum_group_size_is_set_beside_the_retention_and_audited() {
        Dialogue dialogue = dialogueWithResponses(1);
        navigate("privacy");
        @SuppressWarnings("unchecked")
        Select<Integer> size = _get(Select.class, spec -> spec.withLabel("Minsta gruppstorlek"));
        assertThat(size.getValue()).as("the default").isEqualTo(5);
        _setValue(size, 8);
        _click(_get(Button.class, spec -> spec.withText("Spara gruppstorleken")));

        assertThat(organisations.minGroupSize()).isEqualTo(8);
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE action = 'SETTINGS_CHANGED' AND organisation_id = :o "
                + "ORDER BY id DESC FETCH FIRST 1 ROWS ONLY").param("o", dialogue.organisationId()).query(String.class)
                .single()).isEqualTo("minimum group size: 5 -> 8");
        tenants.signInAs(tenants.newStaff(dialogue.organisationId(), Role.ANALYST));
        assertThat(organisations.minGroupSize()).as("everyone in the organisation reads it").isEqualTo(8);
        assertThatThrownBy(() -> organisations.setMinGroupSize(3)).as("only admins set it")
                .isInstanceOf(NoAccessException.class);
        tenants.signOut();
    }

    @Test
    void the_privacy_page_is_for_admins_only() {
        tenants.signInAs(tenants.newStaff(tenants.newOrganisation().id(), Role.FACILITATOR));
        navigate("privacy");
        assertThat(_get(H1.class).getText()).isEqualTo("Sidan ingår inte i din roll");
        tenants.signOut();
    }
}
