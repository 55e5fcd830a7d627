package se.platskompassen.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.audit.AuditEvent;
import se.platskompassen.organisation.Organisation;
import se.platskompassen.organisation.OrganisationKind;
import se.platskompassen.organisation.Role;
import se.platskompassen.organisation.SignInAccounts;
import se.platskompassen.organisation.StaffMember;
import se.platskompassen.testing.KaribuTest;

class StaffManagementTest extends KaribuTest {

    @Autowired JdbcClient jdbc;
    @Autowired SignInAccounts accounts;

    private String addStaff(String username, String name, Role role) {
        navigate("staff");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Användarnamn")), username);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Namn")), name);
        @SuppressWarnings("unchecked")
        Select<Role> roleSelect = _get(Select.class, spec -> spec.withLabel("Roll"));
        _setValue(roleSelect, role);
        _click(_get(Button.class, spec -> spec.withText("Lägg till")));
        return _get(Span.class, spec -> spec.withClasses("one-time-password")).getText();
    }

    @Test
    void an_admin_adds_a_facilitator_who_must_choose_a_password_at_the_first_sign_in() {
        signInAs("kommun-admin");
        String oneTime = addStaff("kim.samordnare", "Kim Samordnare", Role.FACILITATOR);
        assertThat(oneTime).hasSize(19);

        signInAs("kim.samordnare");
        navigate("start");
        assertThat(_get(H1.class).getText()).isEqualTo("Byt lösenord");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nuvarande lösenord")), oneTime);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nytt lösenord")), "kort");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nytt lösenord igen")), "kort");
        _click(_get(Button.class, spec -> spec.withText("Spara lösenordet")));
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Nytt lösenord")).getErrorMessage())
                .isEqualTo("Lösenordet behöver minst 12 tecken.");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nytt lösenord")), "en egen lång fras");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nytt lösenord igen")), "en egen lång fras");
        _click(_get(Button.class, spec -> spec.withText("Spara lösenordet")));
        assertThat(_get(H1.class).getText()).isEqualTo("Start");
        assertThat(accounts.forSignIn("kim.samordnare").orElseThrow().passwordChangeRequired()).isFalse();
    }

    @Test
    void an_admin_changes_a_role_and_deactivates_an_account_and_the_audit_log_says_so() {
        signInAs("kommun-admin");
        addStaff("robin.analys", "Robin Analys", Role.ANALYST);
        long id = accounts.forSignIn("robin.analys").orElseThrow().id();

        @SuppressWarnings("unchecked")
        Select<Role> role = (Select<Role>) cellOf("Robin Analys", "role");
        assertThat(role.getAriaLabel()).contains("Roll för Robin Analys");
        _setValue(role, Role.FACILITATOR);
        _click(_get(cellOf("Robin Analys", "actions"), Button.class,
                spec -> spec.withAttribute("aria-label", "Inaktivera Robin Analys")));

        assertThat(accounts.forSignIn("robin.analys").orElseThrow().role()).isEqualTo(Role.FACILITATOR);
        assertThat(accounts.activeActor(id)).as("a deactivated member can do nothing, also in an open session")
                .isEmpty();
        List<String> logged = jdbc.sql("""
                SELECT action FROM audit_event WHERE details LIKE 'robin.analys%' ORDER BY id
                """).query(String.class).list();
        assertThat(logged).containsExactly("STAFF_CREATED", "ROLE_CHANGED", "STAFF_DEACTIVATED");
    }

    /** A cell of a person's row in the staff grid. */
    @SuppressWarnings("unchecked")
    private static Component cellOf(String name, String column) {
        var grid = (Grid<StaffMember>) _get(
                Grid.class);
        List<StaffMember> rows = GridKt._fetch(
                grid, 0, 100);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).displayName().equals(name)) {
                return GridKt._getCellComponent(grid, i, column);
            }
        }
        throw new AssertionError("No row for " + name);
    }

    @Test
    void a_username_that_is_taken_is_refused_with_a_message() {
        signInAs("kommun-admin");
        navigate("staff");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Användarnamn")), "kommun-samordnare");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Namn")), "Dubblett");
        _click(_get(Button.class, spec -> spec.withText("Lägg till")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Användarnamn")).getErrorMessage())
                .isEqualTo("Användarnamnet är redan upptaget.");
        assertThat(_find(Span.class, spec -> spec.withClasses("one-time-password"))).isEmpty();
    }

    @Test
    void the_audit_log_of_an_organisation_shows_its_own_events_only() {
        signInAs("region-admin");
        navigate("audit");
        var grid = _get(Grid.class);
        @SuppressWarnings("unchecked")
        List<Object> rows = GridKt._fetch(grid, 0, 500);
        assertThat(rows).isNotEmpty().allSatisfy(row ->
                assertThat(((AuditEvent) row).actor()).doesNotStartWith("kommun-"));
    }

    @Test
    void a_network_admin_adds_a_region_with_its_first_admin() {
        signInAs("natverket");
        navigate("organisations");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Organisationens namn")), "Region Testland");
        @SuppressWarnings("unchecked")
        Select<OrganisationKind> kind = _get(Select.class, spec -> spec.withLabel("Typ"));
        _setValue(kind, OrganisationKind.REGION);
        _click(_get(Button.class, spec -> spec.withText("Lägg till")));

        @SuppressWarnings("unchecked")
        Select<Organisation> organisation = _get(Select.class,
                spec -> spec.withLabel("Organisation"));
        var testland = organisation.getListDataView().getItems().filter(o -> o != null && o.name().equals("Region Testland"))
                .findFirst().orElseThrow();
        _setValue(organisation, testland);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Användarnamn")), "testland.admin");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Namn")), "Testlands admin");
        _click(_get(Button.class, spec -> spec.withText("Skapa konto")));

        var admin = accounts.forSignIn("testland.admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ORGANISATION_ADMIN);
        assertThat(admin.organisationId()).isEqualTo(testland.id());
    }
}
