package se.platskompassen.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.platskompassen.testing.KaribuTest;

/** The staff menu: every page the member's role may open, in a fixed order, named in the page's language. */
class MainLayoutTest extends KaribuTest {

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(item -> item.getLabel() + " " + item.getPath()).toList();
    }

    @Test
    void an_organisation_admin_sees_every_page_of_the_organisation_in_order() {
        signInAs("kommun-admin");
        navigate("start");
        assertThat(menu()).containsExactly("Start start", "Platser places", "Översikt overview", "Jämför compare",
                "Kommentarer comments", "Exportera export", "Frågeformulär questionnaires", "Personal staff",
                "Integritet privacy", "API-nycklar api-tokens", "Loggbok audit");
    }

    @Test
    void an_analyst_sees_the_results_pages_only() {
        signInAs("kommun-analytiker");
        navigate("start");
        assertThat(menu()).containsExactly("Start start", "Platser places", "Översikt overview", "Jämför compare",
                "Kommentarer comments", "Exportera export", "Frågeformulär questionnaires");
    }

    @Test
    void a_network_admin_sees_the_questionnaires_the_audit_log_the_organisations_and_the_language_packs() {
        signInAs("natverket");
        navigate("organisations");
        assertThat(menu()).containsExactly("Start start", "Frågeformulär questionnaires", "Loggbok audit",
                "Organisationer organisations", "Språkpaket languages");
    }

    @Test
    void the_menu_is_in_english_on_an_english_page() {
        signInAs("natverket");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("start");
        assertThat(menu()).containsExactly("Start start", "Questionnaires questionnaires", "Audit log audit",
                "Organisations organisations", "Language packs languages");
    }
}
