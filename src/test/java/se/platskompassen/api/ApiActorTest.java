package se.platskompassen.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.exchange.CsvOptions;
import se.platskompassen.exchange.ExportService;
import se.platskompassen.exchange.ImportService;
import se.platskompassen.exchange.ResponsePages;
import se.platskompassen.exchange.ExportFormat;
import se.platskompassen.organisation.Actor;
import se.platskompassen.organisation.NewStaff;
import se.platskompassen.organisation.NoAccessException;
import se.platskompassen.organisation.OrganisationService;
import se.platskompassen.organisation.Role;
import se.platskompassen.organisation.StaffService;
import se.platskompassen.place.PlaceDetails;
import se.platskompassen.place.PlaceService;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.EmbeddedTest;
import se.platskompassen.testing.Tenants;

/**
 * An API token acts as a read-only member of its organisation: the services let it read what its
 * scopes cover and refuse every change, whatever route might one day call them.
 */
@EmbeddedTest
class ApiActorTest {

    @Autowired Tenants tenants;
    @Autowired JdbcClient jdbc;
    @Autowired PlaceService places;
    @Autowired DialogueService dialogues;
    @Autowired ResponseService responses;
    @Autowired OrganisationService organisations;
    @Autowired StaffService staff;
    @Autowired ExportService exports;
    @Autowired ImportService imports;
    @Autowired ResponsePages pages;
    @Autowired ApiTokenService tokens;
    @Autowired ApiService api;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    private void actAsToken(Set<ApiScope> scopes) {
        long demo = jdbc.sql("SELECT id FROM organisation WHERE name = 'Demo kommun'").query(Long.class).single();
        SecurityContext context = tenants.security().createEmptyContext();
        context.setAuthentication(new ApiTokenFilter.TokenAuthentication(
                new ApiPrincipal(1, demo, "Test", "pkapi_test1234", scopes)));
        tenants.security().setContext(context);
    }

    private static void refused(Executable action) {
        assertThatThrownBy(action::execute).isInstanceOf(NoAccessException.class);
    }

    @Test
    void a_token_reads_its_organisations_results_and_changes_nothing() {
        actAsToken(EnumSet.of(ApiScope.RESPONSES));
        Dialogue dialogue = dialogues.findByJoinCode("DEMO-VUXEN").orElseThrow();
        long place = places.findAll().getFirst().id();

        assertThat(api.places(0, 10).total()).isPositive();
        assertThat(api.responses(dialogue.id(), null, 5).items()).hasSize(5);
        refused(() -> places.create(PlaceDetails.named("Ny plats")));
        refused(() -> places.update(place, PlaceDetails.named("Ändrad")));
        refused(() -> places.setArchived(place, true));
        refused(() -> dialogues.createWithCode(place, dialogue.settings(), "API-1", DialogueStatus.DRAFT));
        refused(() -> dialogues.close(dialogue.id()));
        refused(() -> responses.record(dialogue, List.of()));
        refused(() -> responses.deleteResponses(dialogue));
        refused(() -> imports.importCsv(dialogue.id(), "MOVING_AROUND\n4\n".getBytes()));
        refused(() -> organisations.setCommentRetention(30));
        refused(() -> staff.create(new NewStaff("api.ny", "Ny", Role.ANALYST, null)));
        refused(() -> staff.createWithPassword(new NewStaff("api.ny2", "Ny", Role.ORGANISATION_ADMIN, null),
                "a-long-enough-password"));
        refused(() -> tokens.create("Ännu en", EnumSet.of(ApiScope.RESPONSES)));
        refused(() -> tokens.list());
    }

    @Test
    void a_token_of_scope_figures_gets_no_single_responses_from_any_service() {
        actAsToken(EnumSet.of(ApiScope.FIGURES));
        Dialogue dialogue = dialogues.findByJoinCode("DEMO-VUXEN").orElseThrow();

        assertThat(api.figures(dialogue.id()).themes()).hasSize(14);
        refused(() -> api.responses(dialogue.id(), null, 5));
        refused(() -> pages.page(dialogue, null, 5));
        refused(() -> exports.export(dialogue.id(), ExportFormat.CSV_WIDE, CsvOptions.STANDARD,
                new ByteArrayOutputStream()));
    }

    @Test
    void responses_continue_after_the_cursor_on_the_embedded_database_too() {
        actAsToken(EnumSet.of(ApiScope.RESPONSES));
        Dialogue dialogue = dialogues.findByJoinCode("DEMO-VUXEN").orElseThrow();
        ApiService.ResponsePage first = api.responses(dialogue.id(), null, 3);
        ApiService.ResponsePage second = api.responses(dialogue.id(), first.next(), 3);
        ApiService.ResponsePage both = api.responses(dialogue.id(), null, 6);

        assertThat(first.next()).isNotNull();
        assertThat(Stream.concat(first.items().stream(), second.items().stream())
                .map(ApiJson.Response::id).toList())
                .containsExactlyElementsOf(both.items().stream().map(ApiJson.Response::id).toList());
    }

    @Test
    void an_api_actor_is_never_a_staff_role() {
        assertThatThrownBy(() -> Actor.apiClient("x", Role.ORGANISATION_ADMIN, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ApiPrincipal(1, 2, "n", "p", EnumSet.of(ApiScope.FIGURES)).actor().role())
                .isEqualTo(Role.API_FIGURES);
    }
}
