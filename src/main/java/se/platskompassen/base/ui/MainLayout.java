package se.platskompassen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.platskompassen.organisation.Actor;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.questionnaire.Language;

/**
 * The frame of every staff page: the product name, the menu of what the member's role may
 * use, and the member's name with language, password and sign-out.
 */
@PermitAll
public class MainLayout extends AppLayout {

    /** A menu entry: the address of a staff page, its label key, icon and the permission it needs. */
    private record Entry(String path, String labelKey, VaadinIcon icon, @Nullable Permission permission) {
    }

    private static final List<Entry> MENU = List.of(
            new Entry("start", "nav.start", VaadinIcon.HOME_O, null),
            new Entry("places", "nav.places", VaadinIcon.MAP_MARKER, Permission.READ_RESULTS),
            new Entry("overview", "nav.overview", VaadinIcon.TABLE, Permission.READ_RESULTS),
            new Entry("compare", "nav.compare", VaadinIcon.SPLIT, Permission.READ_RESULTS),
            new Entry("comments", "nav.comments", VaadinIcon.COMMENTS_O, Permission.READ_RESULTS),
            new Entry("export", "nav.export", VaadinIcon.DOWNLOAD, Permission.EXPORT),
            new Entry("questionnaires", "nav.questionnaires", VaadinIcon.CLIPBOARD_TEXT, null),
            new Entry("staff", "nav.staff", VaadinIcon.USERS, Permission.MANAGE_STAFF),
            new Entry("privacy", "nav.privacy", VaadinIcon.SHIELD, Permission.MANAGE_PRIVACY),
            new Entry("api-tokens", "nav.apiTokens", VaadinIcon.KEY_O, Permission.MANAGE_API_TOKENS),
            new Entry("audit", "nav.audit", VaadinIcon.LIST_UL, Permission.VIEW_AUDIT),
            new Entry("organisations", "nav.organisations", VaadinIcon.BUILDING_O, Permission.MANAGE_ORGANISATIONS));

    private final TenantAccess access;
    private final AuthenticationContext authentication;

    public MainLayout(TenantAccess access, AuthenticationContext authentication) {
        this.access = access;
        this.authentication = authentication;
        addClassName("main-layout");
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        Span title = new Span("Platskompassen");
        title.addClassName("app-title");
        addToNavbar(toggle, title);
        addToDrawer(brand(), menu(), account());
    }

    private Div brand() {
        Div brand = new Div(new Span("Platskompassen"));
        brand.addClassName("drawer-brand");
        return brand;
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        Actor actor = access.actorOrNull();
        for (Entry entry : MENU) {
            boolean allowed = actor != null && (entry.permission() == null || actor.may(entry.permission()));
            if (allowed && RouteConfiguration.forApplicationScope().isPathAvailable(entry.path())) {
                nav.addItem(new SideNavItem(getTranslation(entry.labelKey()), entry.path(), entry.icon().create()));
            }
        }
        return nav;
    }

    private Div account() {
        Div account = new Div();
        account.addClassName("drawer-account");
        Actor actor = access.actorOrNull();
        if (actor != null) {
            Span who = new Span(actor.username());
            who.addClassName("account-name");
            Span role = new Span(getTranslation("role." + actor.role().name()));
            role.addClassName("account-role");
            account.add(who, role);
        }
        Language other = PageLanguage.of(UI.getCurrent()) == Language.SV ? Language.EN
                : Language.SV;
        Button language = new Button(getTranslation("language." + other.code()), click -> getUI().ifPresent(ui -> {
            PageLanguage.set(ui, other);
            ui.getPage().reload();
        }));
        language.getElement().setAttribute("lang", other.code());
        language.addThemeVariants(ButtonVariant.TERTIARY);
        Button password = new Button(getTranslation("nav.password"),
                click -> getUI().ifPresent(ui -> ui.navigate("password")));
        password.addThemeVariants(ButtonVariant.TERTIARY);
        Button signOut = new Button(getTranslation("nav.signOut"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        account.add(language, password, signOut);
        return account;
    }
}
