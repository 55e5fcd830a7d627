package se.platskompassen.organisation.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.Function;
import se.platskompassen.organisation.NewStaff;
import se.platskompassen.organisation.StaffService;

/**
 * The username and name fields of a new staff account, and what happens on "add": the account is
 * created, its one-time password shown once, and the fields cleared; a taken username marks the field.
 */
final class NewAccountFields {

    final TextField username;
    final TextField name;
    private final StaffService staff;
    private final Consumer<String> showError;

    NewAccountFields(StaffService staff, Consumer<String> showError) {
        this.staff = staff;
        this.showError = showError;
        username = new TextField();
        username.setLabel(username.getTranslation("staff.username"));
        username.setMaxLength(NewStaff.MAX_USERNAME);
        name = new TextField(username.getTranslation("staff.name"));
        name.setMaxLength(NewStaff.MAX_NAME);
    }

    /** Creates the account described by the fields; returns whether it was created. */
    boolean create(Function<NewAccountFields, NewStaff> account) {
        try {
            StaffService.Created created = staff.create(account.apply(this));
            new OneTimePasswordDialog(created.member().username(), created.oneTimePassword()).open();
            username.clear();
            name.clear();
            return true;
        } catch (StaffService.UsernameTakenException e) {
            username.setInvalid(true);
            username.setErrorMessage(username.getTranslation("staff.username.taken"));
        } catch (IllegalArgumentException e) {
            showError.accept(username.getTranslation("staff.invalid"));
        }
        return false;
    }
}
