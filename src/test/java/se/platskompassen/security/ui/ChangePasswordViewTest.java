package se.platskompassen.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.organisation.Role;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Tenants;

class ChangePasswordViewTest extends KaribuTest {

    @Autowired Tenants tenants;

    private static PasswordField field(String label) {
        return _get(PasswordField.class, spec -> spec.withLabel(label));
    }

    private void choose(String password) {
        _setValue(field("Nuvarande lösenord"), Tenants.PASSWORD);
        _setValue(field("Nytt lösenord"), password);
        _setValue(field("Nytt lösenord igen"), password);
        _click(_get(Button.class, spec -> spec.withText("Spara lösenordet")));
    }

    @Test
    void a_password_longer_than_bcrypt_takes_gets_a_clear_message_and_the_old_one_stays() {
        signInAs(tenants.newStaff(tenants.newOrganisation().id(), Role.FACILITATOR));
        navigate("password");

        // 40 characters but 80 bytes: å, ä and ö take two bytes each.
        choose("åäö".repeat(13) + "x");

        assertThat(field("Nytt lösenord").isInvalid()).isTrue();
        assertThat(field("Nytt lösenord").getErrorMessage()).isEqualTo(
                "Lösenordet är för långt. Det får vara högst 72 byte: en bokstav som å, ä eller ö räknas som två.");
        assertThat(_get(H1.class).getText()).isEqualTo("Byt lösenord");

        choose("en lagom lång lösenfras");
        assertThat(_get(H1.class).getText()).isEqualTo("Start");
    }
}
