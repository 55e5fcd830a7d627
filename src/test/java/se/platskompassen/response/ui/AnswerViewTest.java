package se.platskompassen.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.communication.PushMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.platskompassen.testing.KaribuTest;

class AnswerViewTest extends KaribuTest {

    @Test
    void a_demo_code_opens_the_start_of_its_dialogue_whatever_its_case() {
        navigate("d/demo-vuxen");

        assertThat(_get(H1.class).getText()).isEqualTo("Norrbacka");
        _assertOne(Paragraph.class, spec -> spec.withText("Norrbacka 2.0 – vuxna"));
    }

    @Test
    void an_unknown_code_gets_a_friendly_message_not_an_error_page() {
        navigate("d/NOPE-123");

        assertThat(_get(H1.class).getText()).isEqualTo("Vi hittar inte koden");
        _assertOne(Paragraph.class, spec -> spec.withText(
                "Ingen dialog har koden ”NOPE-123”. Kontrollera att den är rätt skriven och försök igen."));
    }

    @Test
    void a_closed_dialogue_says_that_it_has_ended() {
        navigate("d/demo-arkiv-1");

        _assertOne(Paragraph.class, spec -> spec.withClasses("notice")
                .withText("Den här dialogen är avslutad och tar inte emot fler svar. Tack för att du ville vara med!"));
    }

    @Test
    void the_texts_follow_the_language_of_the_ui() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("d/unknown");

        assertThat(_get(H1.class).getText()).isEqualTo("We cannot find that code");
    }

    @Test
    void after_ten_wrong_codes_a_browser_session_waits_before_it_may_look_up_another_even_a_right_one() {
        for (int i = 0; i < 10; i++) {
            navigate("d/GISSA-" + (char) ('A' + i));
            assertThat(_get(H1.class).getText()).isEqualTo("Vi hittar inte koden");
        }
        navigate("d/demo-vuxen");

        assertThat(_get(H1.class).getText()).isEqualTo("Vänta en stund");
        _assertOne(Paragraph.class, spec -> spec.withText("Du har provat många koder som inte finns. Vänta 10 "
                + "minut(er) och försök sedan igen, eller fråga den som leder dialogen om koden."));

        newBrowserSession();
        navigate("d/demo-vuxen");
        assertThat(_get(H1.class).getText()).as("another browser session (another tablet) is not held up")
                .isEqualTo("Norrbacka");
    }

    @Test
    void a_phone_keeps_no_push_connection_and_its_session_ends_soon_after_the_last_request() {
        navigate("d/demo-vuxen");

        assertThat(UI.getCurrent().getPushConfiguration().getPushMode()).isEqualTo(PushMode.DISABLED);
        assertThat(VaadinSession.getCurrent().getSession().getMaxInactiveInterval()).isEqualTo(10 * 60);
    }

    @Test
    void a_phone_reading_a_dialogues_published_results_keeps_no_push_connection_either() {
        navigate("r/DEMO-ARKIV-2");

        assertThat(_get(H1.class).getText()).isEqualTo("Norrbacka");
        assertThat(UI.getCurrent().getPushConfiguration().getPushMode()).isEqualTo(PushMode.DISABLED);
        assertThat(VaadinSession.getCurrent().getSession().getMaxInactiveInterval()).isEqualTo(10 * 60);
    }

    @Test
    void a_shared_tablet_keeps_push_to_return_to_the_start_by_itself() {
        navigate("kiosk/demo-vuxen");

        assertThat(UI.getCurrent().getPushConfiguration().getPushMode()).isEqualTo(PushMode.AUTOMATIC);
        assertThat(VaadinSession.getCurrent().getSession().getMaxInactiveInterval()).isEqualTo(10 * 60);
    }
}
