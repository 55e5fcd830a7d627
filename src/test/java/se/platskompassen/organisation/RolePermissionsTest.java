package se.platskompassen.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.place.PlaceDetails;
import se.platskompassen.place.PlaceService;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.EmbeddedTest;
import se.platskompassen.testing.Tenants;

/** The services refuse what a role may not do, whatever a view offers. */
@EmbeddedTest
class RolePermissionsTest {

    @Autowired Tenants tenants;
    @Autowired PlaceService places;
    @Autowired DialogueService dialogues;
    @Autowired ResponseService responses;
    @Autowired StaffService staff;
    @Autowired OrganisationService organisations;
    @Autowired SignInAccounts accounts;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    private Dialogue demoDialogue() {
        return dialogues.findByJoinCode("DEMO-VUXEN").orElseThrow();
    }

    private static void refused(Executable action) {
        assertThatThrownBy(action::execute).isInstanceOf(NoAccessException.class);
    }

    @Test
    void an_analyst_reads_results_but_changes_nothing() {
        tenants.signInAs("kommun-analytiker");
        Dialogue dialogue = demoDialogue();
        long place = places.findAll().getFirst().id();
        long colleague = accounts.forSignIn("kommun-samordnare").orElseThrow().id();

        assertThat(responses.counts(dialogue).started()).isPositive();
        refused(() -> places.create(PlaceDetails.named("Ny plats")));
        refused(() -> places.update(place, PlaceDetails.named("Ändrad")));
        refused(() -> places.setArchived(place, true));
        refused(() -> dialogues.createWithCode(place, dialogue.settings(), "ANALYS-1", DialogueStatus.DRAFT));
        refused(() -> responses.record(dialogue, List.of()));
        refused(() -> responses.deleteResponses(dialogue));
        refused(() -> organisations.setCommentRetention(30));
        refused(() -> staff.create(new NewStaff("analys.ny", "Ny", Role.ANALYST, null)));
        refused(() -> staff.changeRole(colleague, Role.ANALYST));
    }

    @Test
    void a_facilitator_runs_dialogues_but_manages_neither_staff_nor_privacy() {
        tenants.signInAs("kommun-samordnare");
        long colleague = accounts.forSignIn("kommun-analytiker").orElseThrow().id();

        assertThat(places.create(PlaceDetails.named("Samordnarens plats")).name()).isEqualTo("Samordnarens plats");
        refused(() -> staff.create(new NewStaff("samordnad.ny", "Ny", Role.ANALYST, null)));
        refused(() -> staff.changeRole(colleague, Role.FACILITATOR));
        refused(() -> staff.setActive(colleague, false));
        refused(() -> staff.resetPassword(colleague));
        refused(() -> responses.deleteResponses(demoDialogue()));
        refused(() -> organisations.setCommentRetention(30));
    }

    @Test
    void a_network_admin_manages_organisations_but_sees_no_organisations_data() {
        tenants.signInAs("natverket");
        assertThat(organisations.all()).extracting(Organisation::name).contains("Demo kommun", "Exempel region");
        refused(() -> places.findAll());
        refused(() -> dialogues.findAll());
        refused(() -> responses.counts(demoDialogue()));
    }

    @Test
    void nobody_changes_their_own_role_or_deactivates_themselves() {
        tenants.signInAs("kommun-admin");
        long me = accounts.forSignIn("kommun-admin").orElseThrow().id();
        refused(() -> staff.changeRole(me, Role.ANALYST));
        refused(() -> staff.setActive(me, false));
    }

    @Test
    void no_staff_account_gets_an_api_clients_role() {
        tenants.signInAs("kommun-admin");
        long analyst = accounts.forSignIn("kommun-analytiker").orElseThrow().id();

        for (Role apiRole : List.of(Role.API_FIGURES, Role.API_RESPONSES)) {
            assertThatThrownBy(() -> staff.changeRole(analyst, apiRole)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> staff.create(new NewStaff("bi-" + apiRole.name().toLowerCase(), "BI", apiRole,
                    null))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(accounts.forSignIn("kommun-analytiker").orElseThrow().role()).isEqualTo(Role.ANALYST);
    }

    @Test
    void nobody_signed_in_is_refused_everything() {
        refused(() -> places.findAll());
        refused(() -> staff.ofMyOrganisation());
    }
}
