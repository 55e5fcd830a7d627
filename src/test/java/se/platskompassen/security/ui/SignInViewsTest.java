package se.platskompassen.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.platskompassen.demo.DemoAccounts;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Tenants;

class SignInViewsTest extends KaribuTest {

    private static String heading() {
        return _get(H1.class).getText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"start", "staff", "privacy", "audit", "organisations", "password"})
    void every_staff_page_sends_someone_not_signed_in_to_the_login(String page) {
        navigate(page);

        assertThat(heading()).isEqualTo("Logga in");
        _get(LoginForm.class);
    }

    @Test
    void the_login_page_lists_the_demo_accounts_in_demo_mode_and_speaks_english_on_request() {
        navigate("login");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText).toList())
                .hasSize(DemoAccounts.ALL.size()).contains("kommun-samordnare (samordnare – Demo kommun)");

        _click(_get(Button.class, spec -> spec.withText("English")));
        assertThat(heading()).isEqualTo("Sign in");
        assertThat(i18n(_get(LoginForm.class))).contains("\"submit\":\"Sign in\"");
    }

    @Test
    void a_failed_sign_in_shows_the_error_without_saying_whether_the_account_exists() {
        navigate("login?error");

        Div alert = _get(Div.class, spec -> spec.withClasses("login-error"));
        assertThat(alert.getElement().getAttribute("role")).as("announced when it appears").isEqualTo("alert");
        assertThat(alert.getElement().getTextRecursively()).contains("Inloggningen misslyckades")
                .contains("Kontrollera användarnamn och lösenord och försök igen. Efter flera "
                        + "misslyckade försök får du vänta en stund innan nästa.");
    }

    @Test
    void a_signed_in_member_lands_on_the_start_page_and_the_login_sends_them_there_too() {
        signInAs("kommun-admin");
        navigate("login");

        assertThat(heading()).isEqualTo("Start");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("start");
    }

    @Test
    void an_analysts_menu_has_nothing_that_manages_staff_privacy_or_organisations() {
        signInAs("kommun-analytiker");
        navigate("start");
        assertThat(menu()).contains("Start").doesNotContain("Personal", "Integritet", "Loggbok", "Organisationer");
    }

    @Test
    void an_organisation_admins_menu_has_staff_privacy_and_the_audit_log_but_not_organisations() {
        signInAs("kommun-admin");
        navigate("audit");
        assertThat(menu()).contains("Start", "Personal", "Integritet", "Loggbok").doesNotContain("Organisationer");
    }

    @Test
    void a_network_admins_menu_has_organisations_and_the_audit_log_but_no_organisations_data() {
        signInAs("natverket");
        navigate("organisations");
        assertThat(menu()).contains("Organisationer", "Loggbok").doesNotContain("Personal", "Integritet");
    }

    /** The texts the login form shows, as the browser receives them. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff", "privacy", "audit", "organisations"})
    void an_analyst_cannot_open_the_pages_that_change_staff_privacy_or_organisations(String page) {
        signInAs("kommun-analytiker");
        navigate(page);

        assertThat(heading()).isEqualTo("Sidan ingår inte i din roll");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff", "privacy", "organisations"})
    void a_facilitator_cannot_manage_staff_privacy_or_organisations(String page) {
        signInAs("kommun-samordnare");
        navigate(page);

        assertThat(heading()).isEqualTo("Sidan ingår inte i din roll");
    }

    @Test
    void signing_out_ends_the_session_and_the_staff_pages_ask_for_login_again() {
        signInAs("kommun-admin");
        navigate("start");
        assertThat(heading()).isEqualTo("Start");

        _click(_get(Button.class, spec -> spec.withText("Logga ut")));
        assertThat(context.getBean(Tenants.class).security().getContext().getAuthentication())
                .isNull();
        navigate("staff");
        assertThat(heading()).isEqualTo("Logga in");
    }

    @Test
    void after_the_session_expires_the_staff_pages_ask_for_login_again() {
        signInAs("kommun-admin");
        navigate("staff");
        assertThat(heading()).isEqualTo("Personal");

        signOut();
        UI.getCurrent().getSession().getSession().invalidate();
        navigate("audit");
        assertThat(heading()).isEqualTo("Logga in");
    }
}
