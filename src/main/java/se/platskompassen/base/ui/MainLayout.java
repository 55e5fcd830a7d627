package se.platskompassen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import se.platskompassen.organisation.Actor;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.questionnaire.Language;

/**
 * The frame of every staff page: the product name, the menu of what the member's role may
 * use, and the member's name with language, password and sign-out.
 */
@PermitAll
public class MainLayout extends AppLayout {

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

    /**
     * The pages marked with {@code @Menu}, in their order, as far as the member may open them
     * (Vaadin asks the same access control that guards navigation). A menu title is a bundle key,
     * so the menu speaks the page's language.
     */
    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        if (access.actorOrNull() != null) {
            for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path().replaceFirst("^/", ""),
                        new Icon(entry.icon())));
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
        Button language = new Button(getTranslation(other.locale(), "language.name"), click -> getUI().ifPresent(ui -> {
            StaffLanguage.choose(ui, other);
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
