package se.platskompassen.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import se.platskompassen.base.ui.PageLanguage;
import se.platskompassen.base.ui.ResidentPage;
import se.platskompassen.organisation.ui.OrganisationLinks;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.security.SignInHints;

/**
 * Staff sign in here, in Swedish or English. Where {@link SignInHints} offer accounts (the demo
 * does, in demo mode: the demo content is there, where a demo is allowed) the page lists them;
 * otherwise it shows no account at all.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends ResidentPage implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;
    private final List<SignInHints.Account> hintedAccounts;
    private final String hintedPassword;

    LoginView(AuthenticationContext authentication, ObjectProvider<SignInHints> hints) {
        this.authentication = authentication;
        SignInHints offered = hints.getIfAvailable();
        this.hintedAccounts = offered == null ? List.of() : offered.accounts();
        this.hintedPassword = offered == null ? "" : offered.sharedPassword();
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        render();
    }

    private void render() {
        removeAll();
        form.setI18n(i18n());
        Div languages = new Div();
        languages.addClassName("language-choice");
        for (Language language : Language.values()) {
            if (!language.forStaff()) {
                continue;
            }
            Button button = new Button(getTranslation(language.locale(), "language.name"), click -> {
                getUI().ifPresent(ui -> PageLanguage.set(ui, language));
                render();
            });
            button.getElement().setAttribute("lang", language.code());
            languages.add(button);
        }
        Div card = card(new H1(getTranslation("login.title")), new Paragraph(getTranslation("login.lead")), form,
                languages);
        card.addClassName("login-card");
        add(card);
        if (!hintedAccounts.isEmpty()) {
            add(accountsToTry());
        }
    }

    private Div accountsToTry() {
        UnorderedList accounts = new UnorderedList();
        for (SignInHints.Account account : hintedAccounts) {
            String role = getTranslation("role." + account.role().name());
            String where = account.organisation() == null ? "" : " – " + account.organisation();
            accounts.add(new ListItem(account.username() + " (" + role + where + ")"));
        }
        Div box = card(new H2(getTranslation("login.demo.title")),
                new Paragraph(getTranslation("login.demo.lead", hintedPassword)), accounts);
        box.addClassName("demo-accounts");
        return box;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.form.title"));
        texts.setUsername(getTranslation("login.form.username"));
        texts.setPassword(getTranslation("login.form.password"));
        texts.setSubmit(getTranslation("login.form.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(OrganisationLinks.start());
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – Platskompassen";
    }
}
