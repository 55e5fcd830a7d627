package se.platskompassen.security.ui;

import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import se.platskompassen.base.ui.ResidentPage;
import se.platskompassen.base.ui.StaffLanguage;
import se.platskompassen.organisation.ui.OrganisationLinks;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.security.SignInHints;

/**
 * Staff sign in here, in Swedish or English. Where {@link SignInHints} offer accounts (the demo
 * does, in demo mode: the demo content is there, where a demo is allowed) the page lists them;
 * otherwise it shows no account at all. A failed sign-in is announced (an alert), marks both
 * fields with the message and keeps the typed username; the language chosen here is the staff
 * pages' language from then on ({@link StaffLanguage}).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends ResidentPage implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * Marks the login form's fields invalid with the message (which links it to them for screen
     * readers), puts back the typed username and moves on to the field to correct.
     */
    private static final String MARK_FAILED = """
            const form = this;
            const [username, message] = [$0, $1];
            customElements.whenDefined('vaadin-login-form').then(async () => {
              if (form.updateComplete) await form.updateComplete;
              const user = form.querySelector('#vaadinLoginUsername');
              const password = form.querySelector('#vaadinLoginPassword');
              if (user && username) user.value = username;
              for (const field of [user, password]) {
                if (field) { field.errorMessage = message; field.invalid = true; }
              }
              requestAnimationFrame(() => { const next = user && user.value ? password : user; if (next) next.focus(); });
            });
            """;

    private final LoginForm form = new LoginForm();
    private final Div failure = new Div();
    private boolean failed;
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
        failure.addClassName("login-error");
        failure.getElement().setAttribute("role", "alert");
        UI ui = UI.getCurrent();
        if (ui != null) {
            StaffLanguage.restore(ui);
        }
        render();
    }

    private void render() {
        removeAll();
        form.setI18n(i18n());
        Div languages = new Div();
        languages.addClassName("language-choice");
        for (Language language : StaffLanguage.LANGUAGES) {
            Button button = new Button(getTranslation(language.locale(), "language.name"), click -> {
                getUI().ifPresent(ui -> StaffLanguage.choose(ui, language));
                render();
            });
            button.getElement().setAttribute("lang", language.code());
            languages.add(button);
        }
        failure.removeAll();
        if (failed) {
            Paragraph title = new Paragraph(getTranslation("login.error.title"));
            title.addClassName("login-error-title");
            failure.add(title, new Paragraph(getTranslation("login.error.message")));
        }
        failure.setVisible(failed);
        Div card = card(new H1(getTranslation("login.title")), new Paragraph(getTranslation("login.lead")), failure,
                form, languages);
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
        failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        // After a failure the script below chooses the field to focus, not the form's autofocus.
        form.getElement().setProperty("noAutofocus", failed);
        render();
        if (failed) {
            form.getElement().executeJs(MARK_FAILED, TypedUsername.takeFrom(VaadinSession.getCurrent()),
                    getTranslation("login.error.field"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – Platskompassen";
    }
}
