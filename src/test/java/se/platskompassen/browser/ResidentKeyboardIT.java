package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import se.platskompassen.testing.PostgresAvailable;

/**
 * A resident who uses a keyboard (or a switch, or a screen reader) walks the adult flow: the
 * score is one radio group, digits choose and Enter moves on, so a theme costs at most five key
 * presses; every screen change is announced (the heading takes the focus and is described by
 * "3 av 14", the page title names the screen), and an error stays, is announced and leads to its
 * field (issue 16's audit, decision 0029).
 */
class ResidentKeyboardIT extends BrowserTest {

    private static final String[] ADULT_THEMES = {"Gå, rulla och cykla", "Kollektivtrafik", "Trafik och parkering",
        "Gator och offentliga platser", "Natur och grönska", "Lek och fritid", "Service och verksamheter",
        "Arbete och lokal ekonomi", "Boende och gemenskap", "Sociala kontakter och mötesplatser",
        "Identitet och tillhörighet", "Trygghet", "Skötsel och underhåll", "Inflytande och delaktighet"};

    private int presses;

    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        presses++;
    }

    private String focused(String property) {
        return String.valueOf(script("const e = document.activeElement; return e ? e." + property + " : null"));
    }

    private void until(String what, BooleanSupplier condition) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, TIMEOUT).withMessage(what)
                .until(browser -> condition.getAsBoolean());
    }

    /** Presses Tab until the focus is on what the script says, and no more than {@code most} times. */
    private void tabTo(String condition, int most) {
        for (int i = 0; i < most; i++) {
            press(Keys.TAB);
            if (Boolean.TRUE.equals(script("const e = document.activeElement; return !!(e && (" + condition + "))"))) {
                return;
            }
        }
        throw new AssertionError("Tab did not reach " + condition + " in " + most + " presses");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_adult_answers_every_theme_by_keyboard_in_at_most_five_key_presses_and_every_score_is_saved() throws SQLException {
        Timestamp before = databaseNow();
        resize(Viewport.TABLET_PORTRAIT);
        open("/kiosk/DEMO-VUXEN");
        waitFor(FlowScreens.settled("Norrbacka"));
        tabTo("e.textContent.trim() === 'Börja'", 20);
        press(Keys.ENTER);
        waitFor(FlowScreens.settled("Lite om dig"));
        tabTo("e.textContent.trim() === 'Nästa'", 15);
        press(Keys.ENTER);

        Map<String, Integer> given = new HashMap<>();
        String[] codes = {"MOVING_AROUND", "PUBLIC_TRANSPORT", "TRAFFIC_PARKING", "STREETS_SPACES", "NATURAL_SPACE",
            "PLAY_RECREATION", "FACILITIES_SERVICES", "WORK_ECONOMY", "HOUSING_COMMUNITY", "SOCIAL_CONTACT",
            "IDENTITY_BELONGING", "FEELING_SAFE", "CARE_MAINTENANCE", "INFLUENCE_CONTROL"};
        for (int i = 0; i < ADULT_THEMES.length; i++) {
            String theme = ADULT_THEMES[i];
            String progress = (i + 1) + " av 14";
            waitFor(FlowScreens.settled(theme));
            assertThat(focused("tagName")).as("the heading takes the focus on %s", theme).isEqualTo("H1");
            assertThat(driver.getTitle()).isEqualTo(theme + " – " + progress + " – Platskompassen");
            assertThat(script("const h = document.activeElement; const d = h.getAttribute('aria-describedby');"
                    + " return d ? d.split(' ').map(id => document.getElementById(id).textContent).join(' ') : null"))
                    .as("the heading is described by the progress").isEqualTo(progress);
            presses = 0;
            tabTo("e.getAttribute('role') === 'radio'", 3);
            Map<String, Object> group = (Map<String, Object>) script("""
                    const radio = document.activeElement, group = radio.closest('[role=radiogroup]');
                    const radios = [...group.querySelectorAll('[role=radio]')];
                    return {name: group.getAttribute('aria-label'), question: document.querySelector('.question').textContent,
                            names: radios.map(r => r.getAttribute('aria-label')),
                            tabStops: radios.filter(r => r.tabIndex === 0).length,
                            hint: [...document.querySelectorAll('.scale-keys')].filter(h => h.offsetParent !== null)
                                  .map(h => h.textContent).join('')};""");
            assertThat(group.get("name")).as("the group is named by the question").isEqualTo(group.get("question"));
            assertThat((List<String>) group.get("names")).containsExactly("1 av 7 – Mycket att förbättra", "2 av 7",
                    "3 av 7", "4 av 7", "5 av 7", "6 av 7", "7 av 7 – Väldigt lite att förbättra");
            assertThat(group.get("tabStops")).as("one Tab stop").isEqualTo(1L);
            assertThat((String) group.get("hint")).as("the keys are said on the screen").contains("1–7").contains("Enter");
            if (i == 0) {
                screenshot("flow-theme-keyboard");
                checkAccessibility("flow-theme-keyboard");
            }
            int score = 1 + i % 7;
            press(String.valueOf(i == 0 ? 4 : score));
            if (i == 0) {
                awaitChecked("4 av 7");
                // The arrows choose too (not counted: the digit already chose)
                new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
                score = 5;
            }
            awaitChecked(score == 1 ? "1 av 7 – Mycket att förbättra" : score == 7 ? "7 av 7 – Väldigt lite att förbättra"
                    : score + " av 7");
            given.put(codes[i], score);
            press(Keys.ENTER);
            assertThat(presses).as("key presses on %s", theme).isLessThanOrEqualTo(5);
        }

        waitFor(FlowScreens.settled("Din kompass"));
        assertThat(driver.getTitle()).isEqualTo("Din kompass – Platskompassen");
        tabTo("e.textContent.trim() === 'Skicka in'", 40);
        press(Keys.ENTER);
        waitFor(FlowScreens.settled("Tack för dina svar!"));
        assertThat(savedScoresSince(before)).isEqualTo(given);
    }

    private void awaitChecked(String name) {
        until("the score " + name + " to be chosen", () -> "true".equals(
                driver.findElement(By.cssSelector("[role=radio][aria-label='" + name + "']")).getDomAttribute("aria-checked")));
    }

    @Test
    void a_too_long_comment_keeps_its_message_and_leads_to_its_field() {
        resize(Viewport.PHONE);
        open("/d/DEMO-VUXEN");
        script("window.localStorage.clear()");
        open("/d/DEMO-VUXEN");
        waitFor(FlowScreens.settled("Norrbacka"));
        button("Börja").click();
        waitFor(FlowScreens.settled("Lite om dig"));
        button("Nästa").click();
        waitFor(FlowScreens.settled("Gå, rulla och cykla"));
        // More than the field lets anyone type, as pasted text or a changed page could send.
        script("const area = document.querySelectorAll('vaadin-text-area textarea')[1]; area.value = 'a'.repeat(1001);"
                + " area.dispatchEvent(new Event('input', {bubbles: true})); area.dispatchEvent(new Event('change', {bubbles: true}));");
        waitForText("001 av 1");
        button("Nästa").click();

        waitFor(By.cssSelector("[role=alert]:not(:empty)"));
        until("the comment field to take the focus", () -> "TEXTAREA".equals(focused("tagName")));
        assertThat(script("const area = document.activeElement; return [area.getAttribute('aria-invalid'),"
                + " area.getAttribute('aria-describedby').split(' ').map(id => document.getElementById(id))"
                + ".filter(e => e).map(e => e.textContent.trim()).join(' | ')]"))
                .asString().contains("true").contains("Högst 1");
        assertThat(driver.getTitle()).isEqualTo("Gå, rulla och cykla – 1 av 14 – Platskompassen");
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).startsWith("Kommentaren är för lång");
    }

    private static Timestamp databaseNow() throws SQLException {
        Assumptions.assumeTrue(PostgresAvailable.isReachable(), "the saved answers are read from the test PostgreSQL");
        try (Connection connection = connect(); ResultSet row = connection.createStatement()
                .executeQuery("SELECT current_timestamp")) {
            row.next();
            return row.getTimestamp(1);
        }
    }

    /** The scores of the one response completed since then, by theme. */
    private static Map<String, Integer> savedScoresSince(Timestamp since) throws SQLException {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement("""
                SELECT a.theme_code, a.score FROM answer a JOIN response r ON r.id = a.response_id
                WHERE r.completed_at >= ? ORDER BY a.theme_code""")) {
            query.setTimestamp(1, since);
            Map<String, Integer> scores = new HashMap<>();
            List<String> themes = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    themes.add(rows.getString(1));
                    scores.put(rows.getString(1), rows.getObject(2) == null ? null : rows.getInt(2));
                }
            }
            assertThat(themes).as("one response's themes").doesNotHaveDuplicates();
            return scores;
        }
    }

    private static Connection connect() throws SQLException {
        String separator = PostgresAvailable.URL.contains("?") ? "&" : "?";
        return DriverManager.getConnection(PostgresAvailable.URL + separator + "currentSchema=" + BrowserDatabase.SCHEMA,
                PostgresAvailable.USER, PostgresAvailable.PASSWORD);
    }
}
