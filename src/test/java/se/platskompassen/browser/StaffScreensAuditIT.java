package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.platskompassen.demo.DemoAccounts;

/**
 * The findings of issue 16's audit of the compass, the projector and the staff pages, each
 * measured in the browser as the audit measured it: the size text is drawn at, contrast, what a
 * screen reader is told, and which language the page speaks.
 */
class StaffScreensAuditIT extends BrowserTest {

    private static final String CODE = "DEMO-VUXEN";
    private static final String ADMIN = "kommun-admin";
    private static final String[] ADULT_THEMES = {"Gå, rulla och cykla", "Kollektivtrafik", "Trafik och parkering",
        "Gator och offentliga platser", "Natur och grönska", "Lek och fritid", "Service och verksamheter",
        "Arbete och lokal ekonomi", "Boende och gemenskap", "Sociala kontakter och mötesplatser",
        "Identitet och tillhörighet", "Trygghet", "Skötsel och underhåll", "Inflytande och delaktighet"};

    /**
     * The smallest size, in CSS pixels as drawn on the screen, of any visible text in the SVGs
     * under {@code arguments[0]} (a CSS selector); -1 when none is visible.
     */
    static final String SMALLEST_SVG_TEXT = """
            let smallest = -1;
            for (const svg of document.querySelectorAll(arguments[0])) {
              if (!svg.checkVisibility()) continue;
              for (const text of svg.querySelectorAll('text, tspan')) {
                if (!text.checkVisibility() || text.getClientRects().length === 0) continue;
                if (!text.textContent.trim()) continue;
                const size = parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a;
                if (smallest < 0 || size < smallest) smallest = size;
              }
            }
            return smallest;
            """;

    /** The smallest font size of a visible theme name in the list beside a numbered compass (or 99 if none). */
    private static final String SMALLEST_KEY_TEXT = """
            const sizes = [...document.querySelectorAll('.compass-key li')].filter(li => li.checkVisibility())
                .map(li => parseFloat(getComputedStyle(li).fontSize));
            return sizes.length ? Math.min(...sizes) : 99;
            """;

    /**
     * The contrast against white of the band between the quartiles in the visible compass SVG
     * under {@code arguments[0]}: of its outline if it has one, else of its fill blended with white;
     * and whether the legend's swatch has exactly the band's colours.
     */
    private static final String BAND = """
            const svg = [...document.querySelectorAll(arguments[0])].find(s => s.checkVisibility());
            if (!svg) return {found: false};
            const band = svg.querySelector('path[fill-rule="evenodd"]');
            if (!band) return {found: false};
            const rgb = c => (c.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
            const lum = ([r, g, b]) => {
              const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
            };
            const onWhite = (c, a) => c.map(v => 255 * (1 - a) + v * a);
            const contrast = c => 1.05 / (lum(c) + 0.05);
            const style = getComputedStyle(band);
            const fill = contrast(onWhite(rgb(style.fill), parseFloat(style.fillOpacity)));
            const stroke = style.stroke && style.stroke !== 'none' && parseFloat(style.strokeWidth) > 0
                ? contrast(onWhite(rgb(style.stroke), parseFloat(style.strokeOpacity))) : 0;
            const look = e => { const s = getComputedStyle(e);
              return [s.fill, s.fillOpacity, s.stroke, s.strokeOpacity].join(' '); };
            const swatch = svg.querySelector('.pkc-band-key') || svg.querySelector('rect[fill-opacity]');
            return {found: true, contrast: Math.max(fill, stroke), band: look(band),
                    swatch: swatch ? look(swatch) : 'none'};
            """;

    /**
     * Every English default text of Vaadin's components found on the page: in text, in
     * {@code aria-label} and {@code title} attributes, and in the components' accessible names,
     * light DOM and open shadow roots alike.
     */
    private static final String ENGLISH_DEFAULTS = """
            const english = ['Sort by', 'Select Row', 'Select All', 'Show password', 'Online',
                'Connection lost', 'Drop file', 'Upload File', 'Today', 'Cancel'];
            const found = new Set();
            const check = (text, where) => {
              if (!text) return;
              for (const word of english) if (String(text).includes(word)) found.add(word + ' (' + where + ')');
            };
            const walk = root => {
              for (const e of root.querySelectorAll('*')) {
                check(e.getAttribute('aria-label'), e.localName + '@aria-label');
                check(e.getAttribute('title'), e.localName + '@title');
                if (typeof e.accessibleName === 'string') check(e.accessibleName, e.localName + '.accessibleName');
                for (const n of e.childNodes) if (n.nodeType === 3) check(n.textContent, e.localName + ' text');
                if (e.shadowRoot) walk(e.shadowRoot);
              }
            };
            walk(document);
            const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
            if (indicator) {
              check(indicator.onlineText, 'connection indicator');
              check(indicator.offlineText, 'connection indicator');
            }
            return [...found];
            """;

    @Test
    void the_summary_compass_is_readable_on_a_phone_and_its_values_reach_screen_readers() {
        resize(360, 740);
        open("/d/" + CODE);
        waitFor(FlowScreens.settled("Norrbacka"));
        button("Börja").click();
        waitFor(FlowScreens.settled("Lite om dig"));
        button("Nästa").click();
        waitFor(FlowScreens.settled("Gå, rulla och cykla"));
        scoreFive();
        for (String theme : ADULT_THEMES) {
            waitFor(FlowScreens.settled(theme));
            button("Nästa").click();
        }
        waitFor(FlowScreens.settled("Din kompass"));
        waitFor(By.cssSelector(".compass-view svg"));
        screenshot("audit-summary-compass-360");

        assertThat(((Number) script(SMALLEST_SVG_TEXT, ".compass-view svg")).doubleValue())
                .as("the smallest text of the compass at 360 px, in CSS px").isGreaterThanOrEqualTo(12);
        resize(320, 640);
        screenshot("audit-summary-compass-320");
        assertThat(((Number) script(SMALLEST_SVG_TEXT, ".compass-view svg")).doubleValue())
                .as("the smallest text of the compass at 320 px, in CSS px").isGreaterThanOrEqualTo(12);

        String name = (String) script("""
                const svg = [...document.querySelectorAll('.compass-view svg[role="img"]')]
                    .find(s => s.checkVisibility());
                return svg ? (svg.getAttribute('aria-label') || '') : '';
                """);
        assertThat(name).as("the chart's accessible name").startsWith("Dina svar – Norrbacka: ")
                .contains("Gå, rulla och cykla 5").contains("Kollektivtrafik Inget svar");
        Boolean tableReachable = (Boolean) script("""
                const table = document.querySelector('.compass-view table');
                if (!table || !table.checkVisibility()) return false;
                return !table.closest('[aria-hidden="true"], [hidden], [inert]');
                """);
        assertThat(tableReachable).as("the compass's table is in the accessibility tree while folded").isTrue();
        checkAccessibility("audit-summary-compass-phone");
    }

    @Test
    void the_projector_compass_text_is_at_least_24_px_at_1080p_and_720p_and_the_band_stands_out() {
        signIn("kommun-samordnare", DemoAccounts.PASSWORD);
        waitForHeading("Start");
        for (List<Integer> size : List.of(List.of(1920, 1080), List.of(1280, 720))) {
            resize(size.get(0), size.get(1));
            open("/live/" + CODE);
            waitForHeading("Norrbacka");
            waitFor(By.cssSelector(".projector-compass svg"));
            waitForVaadin();
            String where = size.get(0) + "x" + size.get(1);
            screenshot("audit-projector-" + where);
            assertThat(((Number) script(SMALLEST_SVG_TEXT, ".projector-compass svg")).doubleValue())
                    .as("the smallest compass text on the projector at " + where).isGreaterThanOrEqualTo(24);
            assertThat(((Number) script(SMALLEST_KEY_TEXT)).doubleValue())
                    .as("the smallest theme name beside the compass at " + where).isGreaterThanOrEqualTo(24);
            assertThat((Long) script("return document.documentElement.scrollWidth"))
                    .as("page width at " + where).isLessThanOrEqualTo((Long) script("return window.innerWidth"));
            assertThat((Long) script("return document.documentElement.scrollHeight"))
                    .as("page height at " + where + "; below the window: " + script("""
                            return [...document.querySelectorAll('body *')]
                                .filter(e => e.getBoundingClientRect().bottom > window.innerHeight)
                                .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().bottom))
                                .slice(0, 8).join(', ')
                                + '; columns end at: ' + [...document.querySelectorAll('.projector-body > *')]
                                .map(e => e.className + ' ' + Math.round(e.getBoundingClientRect().bottom)).join(', ')"""))
                    .isLessThanOrEqualTo((Long) script("return window.innerHeight"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> band = (Map<String, Object>) script(BAND, ".projector-compass svg");
        assertThat(band.get("found")).as("a band between the quartiles is drawn").isEqualTo(true);
        assertThat(((Number) band.get("contrast")).doubleValue()).as("the band's contrast against white")
                .isGreaterThanOrEqualTo(3);
        assertThat(band.get("swatch")).as("the legend's swatch looks like the band").isEqualTo(band.get("band"));
        checkAccessibility("audit-projector-720p");
    }

    @Test
    void a_swedish_staff_page_shows_none_of_vaadins_english_defaults() {
        signIn(ADMIN, DemoAccounts.PASSWORD);
        waitForHeading("Start");
        Map<String, String> pages = Map.of(
                "/export", "vaadin-grid-flow-selection-column",
                "/overview", "vaadin-grid-sorter",
                "/password", "vaadin-password-field",
                "/comments", "vaadin-date-picker");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            open(page.getKey());
            waitFor(By.cssSelector("main h1"));
            new WebDriverWait(driver, TIMEOUT).withMessage(page.getValue() + " on " + page.getKey())
                    .until(browser -> !browser.findElements(By.cssSelector(page.getValue())).isEmpty());
            waitForVaadin();
            @SuppressWarnings("unchecked")
            List<String> english = (List<String>) script(ENGLISH_DEFAULTS);
            assertThat(english).as("English component defaults on " + page.getKey()).isEmpty();
        }
    }

    @Test
    void english_chosen_in_the_staff_menu_stays_after_a_reload_and_a_new_sign_in() {
        signIn(ADMIN, DemoAccounts.PASSWORD);
        waitForHeading("Start");
        button("English").click();
        waitForText("Sign out");
        driver.navigate().refresh();
        waitForText("Sign out");
        assertThat(script("return document.documentElement.lang")).isEqualTo("en");

        button("Sign out").click();
        waitForHeading("Sign in");
        assertThat(script("return document.documentElement.lang")).isEqualTo("en");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(ADMIN);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(DemoAccounts.PASSWORD);
        button("Sign in").click();
        waitForText("Sign out");
        assertThat(script("return document.documentElement.lang")).isEqualTo("en");

        button("Svenska").click();
        waitForText("Logga ut");
        driver.navigate().refresh();
        waitForText("Logga ut");
        assertThat(script("return document.documentElement.lang")).isEqualTo("sv");
    }

    @Test
    void the_sign_in_page_can_switch_to_english_for_the_next_visit_too() {
        open("/login");
        waitForHeading("Logga in");
        button("English").click();
        waitForHeading("Sign in");
        driver.navigate().refresh();
        waitForHeading("Sign in");
        assertThat(script("return document.documentElement.lang")).isEqualTo("en");
    }

    @Test
    void a_failed_sign_in_is_announced_linked_to_the_fields_and_keeps_the_username() {
        resize(Viewport.PHONE);
        signIn("region-analytiker", "not-the-password");
        WebElement alert = waitFor(By.cssSelector("[role='alert']"));
        assertThat(alert.getText()).contains("Inloggningen misslyckades");
        assertThat(driver.getCurrentUrl()).contains("/login");
        assertThat(waitFor(By.cssSelector("vaadin-login-form input[name='username']")).getDomProperty("value"))
                .isEqualTo("region-analytiker");
        for (String field : List.of("username", "password")) {
            String described = (String) script("""
                    const input = document.querySelector("vaadin-login-form input[name='" + arguments[0] + "']");
                    if (input.getAttribute('aria-invalid') !== 'true') return 'not marked invalid';
                    return (input.getAttribute('aria-describedby') || '').split(/\\s+/)
                        .map(id => document.getElementById(id)).filter(e => e).map(e => e.textContent).join(' ');
                    """, field);
            assertThat(described).as("what describes the " + field + " field").contains("Kontrollera användarnamn");
        }
        screenshot("audit-login-failed-phone");
        checkAccessibility("audit-login-failed");
    }

    /** Chooses 5 on the first theme, whether the scale is buttons or a radio group. */
    private void scoreFive() {
        List<WebElement> options = driver.findElements(By.xpath(
                "//*[(self::vaadin-button or self::button or @role='radio') and normalize-space() = '5']"));
        assertThat(options).as("the option 5 of the scale").isNotEmpty();
        options.getFirst().click();
        waitForVaadin();
    }
}
