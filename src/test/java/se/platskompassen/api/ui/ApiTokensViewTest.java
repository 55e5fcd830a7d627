package se.platskompassen.api.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.api.ApiScope;
import se.platskompassen.api.ApiToken;
import se.platskompassen.api.ApiTokenService;
import se.platskompassen.organisation.Role;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Tenants;

/** The API token page: an admin creates a token, sees it once, finds it in the list and revokes it. */
class ApiTokensViewTest extends KaribuTest {

    @Autowired ApiTokenService tokens;
    @Autowired Tenants tenants;

    private void openAsNewAdmin() {
        signInAsNewAdmin();
        navigate("api-tokens");
    }

    private void signInAsNewAdmin() {
        long organisation = tenants.newOrganisation().id();
        signInAs(tenants.newStaff(organisation, Role.ORGANISATION_ADMIN));
    }

    @SuppressWarnings("unchecked")
    private Grid<ApiToken> grid() {
        return _get(Grid.class);
    }

    @Test
    void a_new_token_is_shown_once_in_a_copy_field_and_listed_by_its_prefix_only() {
        openAsNewAdmin();
        _get(TextField.class, spec -> spec.withLabel("Namn")).setValue("Power BI, folkhälsa");
        @SuppressWarnings("unchecked")
        CheckboxGroup<ApiScope> scopes = _get(CheckboxGroup.class, spec -> spec.withLabel("Får läsa"));
        scopes.setValue(EnumSet.of(ApiScope.FIGURES, ApiScope.RESPONSES));
        _click(_get(Button.class, spec -> spec.withText("Skapa nyckel")));

        TextField shown = _get(TextField.class, spec -> spec.withLabel("API-nyckel ”Power BI, folkhälsa”"));
        String secret = shown.getValue();
        assertThat(secret).startsWith(ApiTokenService.PREFIX).hasSizeGreaterThan(40);
        assertThat(shown.isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Kopiera"))).hasSize(1);
        assertThat(tokens.authenticate(secret)).isPresent();

        _click(_get(Button.class, spec -> spec.withText("Jag har kopierat nyckeln")));
        assertThat(_find(TextField.class, spec -> spec.withLabel("API-nyckel ”Power BI, folkhälsa”"))).isEmpty();
        List<String> row = GridKt._getFormattedRow(grid(), GridKt._get(grid(), 0));
        assertThat(row).contains("Power BI, folkhälsa", "figures, responses", "Aldrig");
        assertThat(String.join(" ", row)).doesNotContain(secret).contains(secret.substring(0, 14));
    }

    @Test
    void a_token_needs_a_name() {
        openAsNewAdmin();
        _click(_get(Button.class, spec -> spec.withText("Skapa nyckel")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Namn")).isInvalid()).isTrue();
        assertThat(tokens.list()).isEmpty();
    }

    @Test
    void revoking_asks_first_and_then_refuses_the_token_at_once() {
        signInAsNewAdmin();
        String secret = tokens.create("Gammal", EnumSet.of(ApiScope.FIGURES)).secret();
        navigate("api-tokens");
        Button revoke = (Button) GridKt._getCellComponent(grid(), 0, "status");
        assertThat(revoke.getElement().getAttribute("aria-label")).isEqualTo("Spärra nyckeln Gammal");
        _click(revoke);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));

        assertThat(tokens.authenticate(secret)).isEmpty();
        assertThat(tokens.list().getFirst().revoked()).isTrue();
        assertThat(String.join(" ", GridKt._getFormattedRow(grid(), GridKt._get(grid(), 0)))).doesNotContain("null");
    }

    @Test
    void only_organisation_admins_reach_the_page_and_see_it_in_the_menu() {
        signInAs("kommun-analytiker");
        navigate("api-tokens");
        assertThat(_find(Button.class, spec -> spec.withText("Skapa nyckel"))).isEmpty();
        signInAs("kommun-admin");
        navigate("api-tokens");
        assertThat(_find(SideNavItem.class))
                .anyMatch(item -> "API-nycklar".equals(item.getLabel()) && "api-tokens".equals(item.getPath()));
        assertThat(_find(Button.class, spec -> spec.withText("Skapa nyckel"))).hasSize(1);
    }
}
