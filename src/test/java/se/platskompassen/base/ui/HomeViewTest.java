package se.platskompassen.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import se.platskompassen.testing.KaribuTest;

class HomeViewTest extends KaribuTest {

    @Test
    void a_typed_code_leads_to_its_dialogue() {
        navigate("");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Din kod")), " demo-barn ");
        _click(_get(Button.class, spec -> spec.withText("Gå vidare")));

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("d/demo-barn");
        assertThat(_get(H1.class).getText()).isEqualTo("Norrbacka");
    }

    @Test
    void an_empty_code_asks_for_the_code_and_stays() {
        navigate("");
        _click(_get(Button.class, spec -> spec.withText("Gå vidare")));

        TextField code = _get(TextField.class, spec -> spec.withLabel("Din kod"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("Skriv koden du fick.");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEmpty();
    }

    @Test
    void an_address_that_leads_nowhere_shows_a_friendly_page() {
        openAddress("no/such/page");

        assertThat(_get(H1.class).getText()).isEqualTo("Sidan finns inte");
    }
}
