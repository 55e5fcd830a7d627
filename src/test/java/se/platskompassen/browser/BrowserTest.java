package se.platskompassen.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test: the production jar in a real headless Chromium, with screenshots and axe-core
 * accessibility checks.
 *
 * <p>The packaged jar ({@code target/platskompassen-*.jar}) is started once per test run, on an
 * empty embedded database with the demo content (join codes {@code DEMO-VUXEN},
 * {@code DEMO-UNGDOM}, {@code DEMO-BARN}); all browser test classes share it, so a test that
 * changes data should not rely on what other tests leave behind. Each test class gets its own
 * Chromium with a fresh profile; each test starts with no cookies (a new Vaadin session) and the
 * {@link Viewport#TABLET_LANDSCAPE} size.
 *
 * <h2>Adding a browser test</h2>
 * <ol>
 *   <li>Name the class {@code …IT} and extend {@code BrowserTest}: failsafe runs {@code *IT}
 *       classes in {@code ./mvnw verify}, after the jar is packaged (surefire leaves them out).</li>
 *   <li>In a test: {@link #resize(Viewport)} to the screen the page is made for,
 *       {@link #open(String)} a path, then wait for what a person would see with
 *       {@link #waitForText}, {@link #waitForHeading} or {@link #waitFor} — never sleep. Act with
 *       {@link #field(String)} and {@link #button(String)}; staff pages need
 *       {@link #signIn(String, String)} first.</li>
 *   <li>Record the page with {@link #screenshot(String)} ({@code target/screenshots/<name>.png})
 *       and {@link #checkAccessibility(String)} (fails on serious or critical axe-core
 *       violations; the full result goes to {@code target/axe/<name>.json}).</li>
 * </ol>
 *
 * <pre>{@code
 * class LoginPageIT extends BrowserTest {
 *     @Test
 *     void staff_sign_in_with_their_email() {
 *         resize(Viewport.TABLET_LANDSCAPE);
 *         open("/login");
 *         waitForHeading("Logga in");
 *         field("E-post").sendKeys("planner@demo.se");
 *         button("Logga in").click();
 *         waitForText("Dina dialoger");
 *         screenshot("login-done");
 *         checkAccessibility("start-page-staff");
 *     }
 * }
 * }</pre>
 *
 * <p>Run the browser tests alone with
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LoginPageIT}.
 * Without Chromium and chromedriver they are skipped with the reason; with {@code CI=true} they
 * fail instead. {@link #driver} is there for what the helpers do not cover.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith({ChromiumAvailable.class, RunningApp.Provider.class})
public abstract class BrowserTest {

    /** How long a wait for the page may take before the test fails. */
    protected static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** Vaadin has started and has no request to the server under way. */
    static final String VAADIN_IS_IDLE = """
            if (document.readyState !== 'complete') return false;
            const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
            return !clients || Object.values(clients).every(c => typeof c.isActive !== 'function' || !c.isActive());
            """;

    /** Fonts loaded and two frames painted: what a screenshot or a check sees is what a person sees. */
    private static final String RENDERED = """
            const done = arguments[arguments.length - 1];
            document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => done(true))));
            """;

    protected ChromeDriver driver;
    private Chromium chromium;
    private WebDriverWait wait;
    private URI baseUri;

    @BeforeAll
    final void startBrowser(RunningApp app, TestInfo testClass) {
        baseUri = app.baseUri();
        chromium = Chromium.start(testClass.getTestClass().map(Class::getSimpleName).orElse("browser"));
        driver = chromium.driver();
        wait = new WebDriverWait(driver, TIMEOUT);
        wait.ignoring(StaleElementReferenceException.class);
    }

    @BeforeEach
    final void startFresh() {
        driver.manage().deleteAllCookies();
        resize(Viewport.TABLET_LANDSCAPE);
    }

    @AfterAll
    final void quitBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Opens a path of the application, such as {@code "/"} or {@code "/d/DEMO-VUXEN"}. */
    protected void open(String path) {
        driver.get(baseUri.resolve(path.startsWith("/") ? path : "/" + path).toString());
    }

    protected void resize(Viewport viewport) {
        resize(viewport.width, viewport.height);
    }

    /**
     * Makes the visible page (the viewport, not the window around it) this many CSS pixels, as
     * on a screen of that size; screenshots have the same size. (Headless Chromium resizes its
     * window asynchronously and keeps a toolbar's height of it, so the screen is emulated instead.)
     */
    protected void resize(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        List<Long> size = List.of((long) width, (long) height);
        wait.withMessage("the page to be " + width + " x " + height + " pixels")
                .until(browser -> size.equals(script("return [window.innerWidth, window.innerHeight]")));
    }

    /**
     * Fills in the login form at {@code /login} and sends it; wait for what should follow (the
     * start page's heading, or the form's error).
     */
    protected void signIn(String username, String password) {
        open("/login");
        waitForHeading("Logga in");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        button("Logga in").click();
    }

    /** Waits until an element the locator finds is visible, and returns it. */
    protected WebElement waitFor(By locator) {
        return waitForVisible(locator, "something visible at " + locator);
    }

    /** Waits until an element whose own text contains this text is visible, and returns it. */
    protected WebElement waitForText(String text) {
        return waitForVisible(By.xpath("//*[text()[contains(normalize-space(.), " + xpathLiteral(text) + ")]]"),
                "the text \"" + text + "\"");
    }

    /** Waits until a heading (h1–h6) with exactly this text is visible, and returns it. */
    protected WebElement waitForHeading(String text) {
        return waitForVisible(By.xpath("//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
                + "[normalize-space() = " + xpathLiteral(text) + "]"), "the heading \"" + text + "\"");
    }

    /** The input (or text area) of a form field, found by its label's text as a person reads it. */
    protected WebElement field(String label) {
        String forLabel = "[@id = //label[normalize-space() = " + xpathLiteral(label) + "]/@for]";
        return waitForVisible(By.xpath("//input" + forLabel + " | //textarea" + forLabel),
                "a field labelled \"" + label + "\"");
    }

    /** A visible button (Vaadin's or a plain one) with exactly this text. */
    protected WebElement button(String text) {
        String literal = xpathLiteral(text);
        return waitForVisible(By.xpath("//vaadin-button[normalize-space() = " + literal + "]"
                + " | //button[normalize-space() = " + literal + "]"), "a button \"" + text + "\"");
    }

    /** A visible button by its accessible name ({@code aria-label}), e.g. a score or a face. */
    protected WebElement buttonNamed(String accessibleName) {
        return waitForVisible(By.xpath("//vaadin-button[@aria-label = " + xpathLiteral(accessibleName) + "]"),
                "a button named \"" + accessibleName + "\"");
    }

    /** Waits until Vaadin is idle and the page is painted. Screenshots and checks do this themselves. */
    protected void waitForVaadin() {
        wait.withMessage("Vaadin to finish its requests to the server")
                .until(browser -> Boolean.TRUE.equals(script(VAADIN_IS_IDLE)));
        driver.executeAsyncScript(RENDERED);
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    protected Path screenshot(String name) {
        waitForVaadin();
        Path file = BuildOutput.dir("screenshots").resolve(name + ".png");
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return file;
    }

    /**
     * Runs axe-core on the page and fails with a readable report on any serious or critical
     * violation; the full result is written to {@code target/axe/<pageName>.json}.
     */
    protected void checkAccessibility(String pageName) {
        waitForVaadin();
        Axe.check(driver, pageName);
    }

    /** Runs JavaScript in the page and returns its result. */
    /**
     * The address of the dialogue page that shows this join code, found through the places as a
     * staff member would (ids differ from run to run).
     */
    protected String dialoguePageOf(String joinCode) {
        open("/places");
        waitForHeading("Platser");
        waitForVaadin();
        for (String place : hrefs("/places/\\d+$")) {
            driver.get(place);
            waitForVaadin();
            for (String dialogue : hrefs("/dialogues/\\d+$")) {
                driver.get(dialogue);
                waitForVaadin();
                if (!driver.findElements(By.xpath("//span[contains(@class,'join-code')][normalize-space() = '"
                        + joinCode + "']")).isEmpty()) {
                    return dialogue;
                }
            }
        }
        throw new AssertionError("No dialogue with the code " + joinCode);
    }

    /** The links on the page whose address ends as the pattern says, in page order. */
    @SuppressWarnings("unchecked")
    protected Set<String> hrefs(String pattern) {
        List<String> all = (List<String>) script("return [...document.querySelectorAll('a')].map(a => a.href)");
        Set<String> matching = new LinkedHashSet<>();
        all.stream().filter(href -> href.matches(".*" + pattern)).forEach(matching::add);
        return matching;
    }

    protected Object script(String javaScript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javaScript, arguments);
    }

    private WebElement waitForVisible(By locator, String description) {
        return wait.withMessage(description + " on " + driver.getCurrentUrl())
                .until((WebDriver browser) -> browser.findElements(locator).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
    }

    /** A string as an XPath 1.0 literal, also when it holds both kinds of quotes. */
    static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
