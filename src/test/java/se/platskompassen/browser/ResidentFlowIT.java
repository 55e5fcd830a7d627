package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Residents answer on a tablet, from the start to the thanks, with a screenshot and an
 * accessibility check of every kind of screen.
 */
class ResidentFlowIT extends BrowserTest {

    private static final String[] ADULT_THEMES = {"Gå, rulla och cykla", "Kollektivtrafik", "Trafik och parkering",
        "Gator och offentliga platser", "Natur och grönska", "Lek och fritid", "Service och verksamheter",
        "Arbete och lokal ekonomi", "Boende och gemenskap", "Sociala kontakter och mötesplatser",
        "Identitet och tillhörighet", "Trygghet", "Skötsel och underhåll", "Inflytande och delaktighet"};

    /** Waits for the resident's screen with this heading, until it takes taps. */
    private void waitForScreen(String heading) {
        waitFor(FlowScreens.settled(heading));
    }

    @Test
    void an_adult_answers_the_whole_dialogue_on_a_tablet() {
        resize(Viewport.TABLET_PORTRAIT);
        open("/kiosk/DEMO-VUXEN");
        waitForScreen("Norrbacka");
        screenshot("flow-adult-1-start");
        checkAccessibility("flow-start");
        button("Börja").click();

        waitForScreen("Lite om dig");
        screenshot("flow-adult-2-background");
        checkAccessibility("flow-background");
        button("Nästa").click();

        for (int i = 0; i < ADULT_THEMES.length; i++) {
            waitForScreen(ADULT_THEMES[i]);
            waitForText((i + 1) + " av 14");
            if (i == 0) {
                buttonNamed("1 av 7 – Mycket att förbättra").click();
                field("Vad kunde bli bättre? (frivilligt)").sendKeys("Trottoarerna är för smala 🚶");
                waitForText("28 av 1");
                screenshot("flow-adult-3-theme");
                checkAccessibility("flow-theme-adult");
                resize(Viewport.TABLET_LANDSCAPE);
                screenshot("flow-adult-3-theme-landscape");
                resize(Viewport.PHONE);
                screenshot("flow-adult-3-theme-phone");
                assertThat((Long) script("return document.documentElement.scrollWidth"))
                        .isLessThanOrEqualTo((Long) script("return window.innerWidth"));
                resize(Viewport.TABLET_PORTRAIT);
            } else {
                button(String.valueOf(1 + i % 7)).click();
            }
            button("Nästa").click();
        }

        waitForScreen("Din kompass");
        waitFor(By.cssSelector(".compass-image svg"));
        screenshot("flow-adult-4-summary");
        checkAccessibility("flow-summary");
        button("Skicka in").click();

        waitForScreen("Tack för dina svar!");
        screenshot("flow-adult-5-thanks");
        checkAccessibility("flow-thanks");
        button("Nästa person").click();
        waitForScreen("Norrbacka");
    }

    @Test
    void a_child_answers_with_faces_on_a_tablet() {
        resize(Viewport.TABLET_LANDSCAPE);
        open("/kiosk/DEMO-BARN");
        waitForScreen("Norrbacka");
        button("Börja").click();
        waitForScreen("Lite om dig");
        screenshot("flow-child-1-background");
        button("Nästa").click();
        for (int i = 0; i < 14; i++) {
            waitForText((i + 1) + " av 14");
            waitFor(FlowScreens.settled());
            if (i == 0) {
                waitFor(By.cssSelector("img.theme-picture"));
                screenshot("flow-child-2-theme");
                checkAccessibility("flow-theme-child");
            }
            buttonNamed(i % 3 == 0 ? "Inte så bra" : i % 3 == 1 ? "Helt okej" : "Jättebra").click();
            button("Nästa").click();
        }
        waitForScreen("Din kompass");
        waitFor(By.cssSelector(".compass-image svg"));
        screenshot("flow-child-3-summary");
        checkAccessibility("flow-summary-child");
        button("Skicka in").click();
        waitForScreen("Tack för dina svar!");
    }

    @Test
    void an_english_speaker_can_answer_in_english() {
        resize(Viewport.PHONE);
        open("/d/DEMO-UNGDOM");
        waitForScreen("Norrbacka");
        button("English").click();
        waitFor(By.xpath("//div[contains(@class, 'flow-screen')][@data-settled]//vaadin-button[normalize-space() = 'Start']"));
        button("Start").click();
        waitForScreen("A little about you");
        assertThat(script("return document.documentElement.lang")).isEqualTo("en");
        button("Next").click();
        waitForScreen("Walking and cycling");
        screenshot("flow-youth-theme-phone-english");
        checkAccessibility("flow-theme-youth-english");
    }
}
