package se.platskompassen.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.base.ui.StaffPage;
import se.platskompassen.organisation.Passwords;
import se.platskompassen.organisation.StaffService;
import se.platskompassen.organisation.ui.OrganisationLinks;

/** A staff member chooses a new password; someone signed in with a one-time password must do so first. */
@Route(value = PasswordChangeGuard.PASSWORD_PAGE, layout = MainLayout.class)
@PermitAll
class ChangePasswordView extends StaffPage {

    ChangePasswordView(StaffService staff) {
        setHeading(getTranslation("password.title"));
        boolean required = staff.me().map(member -> member.passwordChangeRequired()).orElse(false);
        setLead(getTranslation(required ? "password.required" : "password.lead", Passwords.MIN_LENGTH));
        PasswordField current = new PasswordField(getTranslation("password.current"));
        PasswordField next = new PasswordField(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.rule", Passwords.MIN_LENGTH));
        next.setMaxLength(Passwords.MAX_LENGTH);
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        Paragraph result = new Paragraph();
        result.getElement().setAttribute("role", "status");
        Button save = new Button(getTranslation("password.save"), click -> {
            current.setInvalid(false);
            next.setInvalid(false);
            repeat.setInvalid(false);
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("password.mismatch"));
                return;
            }
            try {
                staff.changeOwnPassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                repeat.clear();
                result.setText(getTranslation("password.changed"));
                getUI().ifPresent(ui -> ui.navigate(OrganisationLinks.start()));
            } catch (Passwords.RefusedException e) {
                PasswordField field = "wrongCurrent".equals(e.reason()) ? current : next;
                field.setInvalid(true);
                field.setErrorMessage(getTranslation("password.refused." + e.reason(), Passwords.MIN_LENGTH));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        addContent(current, next, repeat, save, result);
    }
}
