package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import se.platskompassen.demo.DemoAccounts;
import se.platskompassen.testing.PostgresAvailable;

/**
 * Two instances behind HAProxy ({@link ScaledApp}), and one of them killed while a resident is in
 * the middle of answering on their own phone: they go on with the same response on the other
 * instance, at the screen they were on, and finish; PostgreSQL then holds that one response,
 * completed, with every answer once. A projector on the surviving instance counts the start
 * saved through the killed instance and the completion saved through the survivor (live updates
 * cross instances through PostgreSQL's LISTEN/NOTIFY).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith({ChromiumAvailable.class, HaproxyAvailable.class, PostgresAvailable.class})
class ScaleOutIT {

    private static final String CODE = "DEMO-VUXEN";
    private static final String PLACE = "Norrbacka";
    private static final int THEMES = 14;
    /** Themes answered on instance a before it is killed. */
    private static final int BEFORE_KILL = 3;

    private ScaledApp app;
    private ResidentBrowser resident;
    private ResidentBrowser projector;

    @BeforeAll
    void start() {
        app = ScaledApp.start();
        projector = new ResidentBrowser(app.baseUri(), "ScaleOutIT-projector", Viewport.PROJECTOR);
        resident = new ResidentBrowser(app.baseUri(), "ScaleOutIT");
    }

    @AfterAll
    void stop() throws InterruptedException {
        for (AutoCloseable closeable : new AutoCloseable[] {resident, projector, app}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                System.err.println("[WARNING] ScaleOutIT: could not close " + closeable + ": " + e);
            }
        }
    }

    @Test
    void a_resident_whose_instance_dies_finishes_on_the_other_and_the_projector_follows_both() throws Exception {
        Counts before = countsInDatabase();
        onInstance(projector, "b");
        signInAsFacilitator();
        projector.open("/live/" + CODE);
        projector.visible(By.cssSelector(".projector-counts"), "the projector's counts");
        long startedBefore = projectorCount(0);
        long completedBefore = projectorCount(1);

        onInstance(resident, "a");
        resident.open("/d/" + CODE);
        resident.waitForScreen(PLACE);
        resident.button("Börja").click();
        resident.waitForScreen("Lite om dig");
        awaitProjectorCount(0, startedBefore + 1, "the start saved through instance a");
        resident.button("Nästa").click();
        List<String> headings = new ArrayList<>();
        headings.add(nextTheme(""));
        for (int theme = 1; theme <= BEFORE_KILL; theme++) {
            headings.add(answer(theme, headings.getLast()));
        }
        assertThat(cookie(resident)).as("the resident's instance before the kill").isEqualTo("a");

        app.killInstanceA();

        // The next tap goes to instance b, which has no session for it: the page reloads there
        // and, in the same tab, goes straight back to the person's response, at the theme they
        // were on (what was tapped on it had not been saved), with no question whose it is.
        resident.driver().executeScript("window.__pkBeforeTheKill = true");
        resident.button(String.valueOf(score(BEFORE_KILL + 1))).click();
        resident.until("the page to reload", browser -> resident.driver()
                .executeScript("return window.__pkBeforeTheKill === undefined && document.readyState === 'complete'"));
        resident.waitForScreen(headings.getLast());
        assertThat(resident.driver().findElements(ResidentBrowser.buttonLocator("Fortsätt där du slutade")))
                .as("no offer to resume in the same tab").isEmpty();
        assertThat(cookie(resident)).as("the resident's instance after the kill").isEqualTo("b");
        String shown = headings.getLast();
        for (int theme = BEFORE_KILL + 1; theme <= THEMES; theme++) {
            shown = answer(theme, shown);
        }
        resident.waitForScreen("Din kompass");
        resident.button("Skicka in").click();
        resident.waitForScreen("Tack för dina svar!");

        awaitProjectorCount(1, completedBefore + 1, "the completion saved through instance b");
        assertThat(projectorCount(0)).as("started, with no second response").isEqualTo(startedBefore + 1);
        assertThat(cookie(projector)).as("the projector's instance").isEqualTo("b");

        Counts after = countsInDatabase();
        assertThat(after.responses - before.responses).as("responses started").isEqualTo(1);
        assertThat(after.completed - before.completed).as("responses completed").isEqualTo(1);
        assertThat(after.answers - before.answers).as("answers saved").isEqualTo(THEMES);
        int expectedScores = 0;
        for (int theme = 1; theme <= THEMES; theme++) {
            expectedScores += score(theme);
        }
        assertThat(after.scoreSum - before.scoreSum).as("sum of the scores given").isEqualTo(expectedScores);
    }

    /** Gives theme number {@code theme} its score and goes on; the heading of the screen that follows. */
    private String answer(int theme, String heading) {
        resident.waitForScreen(heading);
        resident.button(String.valueOf(score(theme))).click();
        resident.waitForVaadin();
        resident.button("Nästa").click();
        return theme < THEMES ? nextTheme(heading) : "Din kompass";
    }

    private static int score(int theme) {
        return 1 + (theme - 1) % 7;
    }

    private String nextTheme(String previous) {
        return resident.until("a theme after \"" + previous + "\"", browser -> {
            Object text = resident.driver().executeScript("""
                    const shown = [...document.querySelectorAll('.flow-screen[data-settled] h1')]
                        .filter(h => h.offsetParent !== null);
                    return shown.length ? shown[0].textContent.trim() : null;""");
            return text != null && !text.equals(previous) && !text.equals("Lite om dig") ? (String) text : null;
        });
    }

    /** Makes HAProxy send this browser to this instance, as its cookie would after a first visit there. */
    private static void onInstance(ResidentBrowser browser, String instance) {
        browser.open("/actuator/health");
        browser.driver().manage().addCookie(new Cookie(ScaledApp.COOKIE, instance, "/"));
    }

    private static String cookie(ResidentBrowser browser) {
        Cookie cookie = browser.driver().manage().getCookieNamed(ScaledApp.COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    private void signInAsFacilitator() {
        projector.open("/login");
        projector.visible(By.cssSelector("vaadin-login-form input[name='username']"), "the sign-in form")
                .sendKeys("kommun-samordnare");
        projector.driver().findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(DemoAccounts.PASSWORD);
        projector.button("Logga in").click();
        projector.visible(By.xpath("//*[self::h1 or self::h2][normalize-space() = 'Start']"), "the start page after signing in");
    }

    private long projectorCount(int which) {
        return projector.until("the projector's count", browser -> {
            List<org.openqa.selenium.WebElement> values = browser.findElements(By.cssSelector(
                    ".projector-counts .count-value"));
            return values.size() > which ? Long.valueOf(values.get(which).getText().strip()) : null;
        });
    }

    private void awaitProjectorCount(int which, long expected, String what) {
        projector.until(what + " on the projector (count " + expected + ")", browser -> projectorCount(which) == expected);
    }

    private static Counts countsInDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(ScaledApp.jdbcUrl(), PostgresAvailable.USER,
                PostgresAvailable.PASSWORD); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("""
                        SELECT (SELECT count(*) FROM response), (SELECT count(*) FROM response WHERE completed_at IS NOT NULL),
                               (SELECT count(*) FROM answer), (SELECT coalesce(sum(score), 0) FROM answer)""")) {
            row.next();
            return new Counts(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4));
        }
    }

    private record Counts(long responses, long completed, long answers, long scoreSum) {
    }
}
