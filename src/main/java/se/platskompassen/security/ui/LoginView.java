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
import se.platskompassen.base.ui.PageLanguage;
import se.platskompassen.base.ui.ResidentPage;
import se.platskompassen.demo.DemoAccounts;
import se.platskompassen.demo.DemoMode;
import se.platskompassen.questionnaire.Language;

/**
 * Staff sign in here, in Swedish or English. In demo mode (demo.DemoMode: the demo content is
 * there, where a demo is allowed) the page lists the demo accounts; otherwise it shows no account
 * at all.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends ResidentPage implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;
    private final boolean demo;

    LoginView(AuthenticationContext authentication, DemoMode demo) {
        this.authentication = authentication;
        this.demo = demo.active();
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
            Button button = new Button(getTranslation("language." + language.code()), click -> {
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
        if (demo) {
            add(demoAccounts());
        }
    }

    private Div demoAccounts() {
        UnorderedList accounts = new UnorderedList();
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            String role = getTranslation("role." + account.role().name());
            String where = account.organisation() == null ? "" : " – " + account.organisation();
            accounts.add(new ListItem(account.username() + " (" + role + where + ")"));
        }
        Div box = card(new H2(getTranslation("login.demo.title")),
                new Paragraph(getTranslation("login.demo.lead", DemoAccounts.PASSWORD)), accounts);
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
            event.forwardTo("start");
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – Platskompassen";
    }
}
