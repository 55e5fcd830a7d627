package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.testing.PostgresAvailable;

/**
 * Arabic and Persian residents answer the whole adult dialogue right to left, on a tablet and on
 * a phone: every screen says its language and direction, shows nothing in Swedish or English but
 * the organisation's own (marked) text, passes axe, and reads in their direction, with the 1–7
 * scale from right to left (decision 0035); the database holds the response in their language.
 */
class RightToLeftFlowIT extends LanguageScreens {

    private static final String PLACE = "Norrbacka";
    private static final List<String> AREAS = List.of("Norra Norrbacka", "Södra Norrbacka", "Kring skolan");

    @Test
    void an_arabic_speaker_answers_the_whole_adult_dialogue_right_to_left_on_a_tablet_and_a_phone() {
        walkTheAdultDialogue(new ResidentTexts("ar"), TABLET_PORTRAIT, "tablet", PHONE, "phone");
    }

    @Test
    void a_persian_speaker_answers_the_whole_adult_dialogue_right_to_left_on_a_phone_and_a_tablet() {
        walkTheAdultDialogue(new ResidentTexts("fa"), PHONE, "phone", TABLET_LANDSCAPE, "tablet");
    }

    @Test
    void the_next_person_on_a_shared_tablet_starts_left_to_right_in_the_first_language() {
        ResidentTexts arabic = new ResidentTexts("ar");
        resize(TABLET_LANDSCAPE);
        open("/kiosk/DEMO-VUXEN");
        waitForScreen(PLACE);
        assertPage("sv", "ltr");
        tap(arabic.ownName);
        waitFor(startButton(arabic));
        assertPage("ar", "rtl");
        tap(arabic.text("flow.start.button"));
        waitForScreen(arabic.text("flow.background.title"));
        tap(arabic.text("flow.next"));
        for (Theme theme : Theme.values()) {
            waitForScreen(arabic.text("questionnaire.vuxen." + theme.name() + ".name"));
            tap(arabic.text("flow.skip"));
        }
        waitForScreen(arabic.text("flow.summary.title"));
        tap(arabic.text("flow.submit"));
        waitForScreen(arabic.text("flow.thanks.title"));
        assertPage("ar", "rtl");
        checkScreen(arabic, "rtl", "rtl-ar-kiosk-thanks");
        tap(arabic.text("flow.thanks.next"));

        waitForScreen(PLACE);
        assertPage("sv", "ltr");
        assertThat(button("Börja").isDisplayed()).isTrue();
        assertThat(organisationTexts()).as("no Swedish text needs marking on a Swedish page").isEmpty();
    }

    @Test
    void a_child_sees_the_faces_in_the_order_of_reading_right_to_left() {
        ResidentTexts arabic = new ResidentTexts("ar");
        resize(TABLET_LANDSCAPE);
        open("/d/DEMO-BARN");
        script("window.localStorage.clear(); window.sessionStorage.clear()");
        open("/d/DEMO-BARN");
        waitForScreen(PLACE);
        tap(arabic.ownName);
        waitFor(startButton(arabic));
        tap(arabic.text("flow.start.button"));
        waitForScreen(arabic.text("flow.background.title"));
        tap(arabic.text("flow.next"));
        waitForScreen(arabic.text("questionnaire.barn.MOVING_AROUND.name"));
        double first = centre(faceNamed(arabic.text("questionnaire.barn.step.1"))).get(0).doubleValue();
        double middle = centre(faceNamed(arabic.text("questionnaire.barn.step.2"))).get(0).doubleValue();
        double last = centre(faceNamed(arabic.text("questionnaire.barn.step.3"))).get(0).doubleValue();
        assertThat(first).as("the first face is where an Arabic reader starts: at the right").isGreaterThan(middle);
        assertThat(middle).isGreaterThan(last);
        checkScreen(arabic, "rtl", "rtl-ar-child-theme-tablet");
    }

    private static String faceNamed(String meaning) {
        return "//*[contains(@class, 'face-button')][@aria-label = " + xpathLiteral(meaning) + "]";
    }

    private static By startButton(ResidentTexts language) {
        return By.xpath("//div[contains(@class, 'flow-screen')][@data-settled]//vaadin-button[normalize-space() = "
                + xpathLiteral(language.text("flow.start.button")) + "]");
    }

    /** One resident's way from the start to the thanks; each kind of screen is checked at both sizes. */
    private void walkTheAdultDialogue(ResidentTexts language, int[] answerOn, String answerOnName, int[] alsoOn,
            String alsoOnName) {
        String prefix = "rtl-" + language.code;
        String comment = "الأرصفة ضيقة " + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L);
        resize(answerOn);
        open("/d/DEMO-VUXEN");
        script("window.localStorage.clear(); window.sessionStorage.clear()");
        open("/d/DEMO-VUXEN");
        waitForScreen(PLACE);
        assertPage("sv", "ltr");

        tap(language.ownName);
        waitFor(startButton(language));
        assertThat(organisationTexts()).as("the place and the dialogue's title, in Swedish").contains(PLACE,
                "Norrbacka 2.0 – vuxna");
        checkBothSizes(language, prefix + "-1-start", answerOn, answerOnName, alsoOn, alsoOnName);
        tap(language.text("flow.start.button"));

        waitForScreen(language.text("flow.background.title"));
        assertThat(organisationTexts()).as("the areas the organisation wrote, in Swedish").containsAll(AREAS);
        checkBothSizes(language, prefix + "-2-background", answerOn, answerOnName, alsoOn, alsoOnName);
        chooseRadio(language.text("age.AGE_30_49"));
        chooseRadio(AREAS.get(0));
        tap(language.text("flow.next"));

        for (Theme theme : Theme.values()) {
            waitForScreen(language.text("questionnaire.vuxen." + theme.name() + ".name"));
            waitForText(language.text("flow.progress", theme.number(), Theme.COUNT));
            if (theme.ordinal() == 0) {
                assertTheScaleReadsRightToLeft(language);
                field(language.text("flow.comment.better")).sendKeys(comment);
                chooseScore(1);
                checkBothSizes(language, prefix + "-3-theme", answerOn, answerOnName, alsoOn, alsoOnName);
            } else {
                chooseScore(1 + theme.ordinal() % 7);
                assertPage(language.code, "rtl");
                assertTextsIn(language, prefix + "-theme-" + theme.number());
                checkAccessibility(prefix + "-theme-" + theme.number());
                assertNoAxeViolations(prefix + "-theme-" + theme.number());
            }
            tap(language.text("flow.next"));
            if (theme == Theme.PUBLIC_TRANSPORT) {
                comeBackAfterAReload(language, Theme.values()[theme.ordinal() + 1]);
            }
        }

        waitForScreen(language.text("flow.summary.title"));
        waitFor(By.cssSelector(".compass-image svg"));
        assertTheCompassNamesTheThemesIn(language);
        checkBothSizes(language, prefix + "-4-summary", answerOn, answerOnName, alsoOn, alsoOnName);
        tap(language.text("flow.submit"));

        waitForScreen(language.text("flow.thanks.title"));
        checkBothSizes(language, prefix + "-5-thanks", answerOn, answerOnName, alsoOn, alsoOnName);
        assertSavedIn(language.code, comment);
    }

    private void checkBothSizes(ResidentTexts language, String name, int[] first, String firstName, int[] second,
            String secondName) {
        checkScreen(language, "rtl", name + "-" + firstName);
        resize(second);
        checkScreen(language, "rtl", name + "-" + secondName);
        assertThat((Long) script("return document.documentElement.scrollWidth"))
                .as("nothing sticks out sideways on " + name + "-" + secondName)
                .isLessThanOrEqualTo((Long) script("return window.innerWidth"));
        resize(first);
    }

    private void chooseRadio(String label) {
        waitFor(By.xpath("//vaadin-radio-button[normalize-space() = " + xpathLiteral(label) + "]/label")).click();
        waitForVaadin();
    }

    /** The page loads again in the same tab (as after a lost connection): the response goes on, still right to left. */
    private void comeBackAfterAReload(ResidentTexts language, Theme next) {
        waitForScreen(language.text("questionnaire.vuxen." + next.name() + ".name"));
        driver.navigate().refresh();
        waitForScreen(language.text("questionnaire.vuxen." + next.name() + ".name"));
        assertPage(language.code, "rtl");
    }

    /** 1 sits where the reader starts (the right) with its end word under it, 7 at the left. */
    private void assertTheScaleReadsRightToLeft(ResidentTexts language) {
        String scale = "//*[contains(concat(' ', normalize-space(@class), ' '), ' scale ')]";
        List<Number> one = centre("(" + scale + "//*[normalize-space(text()) = '1'])[1]");
        List<Number> two = centre("(" + scale + "//*[normalize-space(text()) = '2'])[1]");
        List<Number> seven = centre("(" + scale + "//*[normalize-space(text()) = '7'])[1]");
        assertThat(one.get(0).doubleValue()).as("1 right of 2").isGreaterThan(two.get(0).doubleValue());
        assertThat(one.get(0).doubleValue()).as("1 right of 7").isGreaterThan(seven.get(0).doubleValue());
        List<Number> low = centre(scale + "//*[normalize-space(text()) = "
                + xpathLiteral(language.text("questionnaire.vuxen.scaleLow")) + "]");
        List<Number> high = centre(scale + "//*[normalize-space(text()) = "
                + xpathLiteral(language.text("questionnaire.vuxen.scaleHigh")) + "]");
        assertThat(low.get(0).doubleValue()).as("the low end's words on 1's side").isGreaterThan(high.get(0).doubleValue());
        assertThat(low.get(1).doubleValue()).as("the end words under the scale").isGreaterThan(one.get(1).doubleValue());
    }

    /**
     * The compass on the summary names the themes in the resident's language, in its table and on
     * the chart, and its labels stand where the chart placed them (a right-to-left page must not
     * turn the labels' anchors around, which would put them over the chart).
     */
    @SuppressWarnings("unchecked")
    private void assertTheCompassNamesTheThemesIn(ResidentTexts language) {
        List<String> names = java.util.Arrays.stream(Theme.values())
                .map(theme -> language.text("questionnaire.vuxen." + theme.name() + ".name")).toList();
        assertThat((List<String>) script("return [...document.querySelectorAll('.compass-table tbody th')]"
                + ".map(th => th.textContent.trim())")).as("the compass table's themes").containsExactlyElementsOf(names);
        // The drawing with names around the rim; the phone's drawing numbers its spokes instead
        assertThat((List<String>) script("return [...document.querySelectorAll('.compass-image svg text.t')]"
                + ".map(t => [...t.childNodes].map(n => n.textContent.trim()).join(' '))"
                + ".filter(label => !/^[0-9]+$/.test(label))"))
                .as("the compass's theme labels").containsExactlyInAnyOrderElementsOf(names);
        // Swapped anchors would move a label by its whole width (30 units and more); a few units
        // are the glyphs' own overhang at a line's ends.
        // Only the drawing with names around the rim, where it is on show (a phone shows numbered spokes)
        String shown = "[...document.querySelectorAll('.compass-image svg')].find(svg => svg.getBoundingClientRect().width > 0"
                + " && [...svg.querySelectorAll('text.t')].some(t => !/^[0-9]+$/.test(t.textContent.trim())))";
        if (!Boolean.TRUE.equals(script("return !!(" + shown + ")"))) {
            return;
        }
        String misplacedLabels = "const shown = " + shown + ";" + """
                return [...shown.querySelectorAll('text.t')].map(text => {
                    const box = text.getBBox();
                    const x = parseFloat(text.getAttribute('x'));
                    const edge = text.classList.contains('m') ? box.x + box.width / 2
                        : text.classList.contains('e') ? box.x + box.width : box.x;
                    return Math.abs(edge - x) > 5 ? text.textContent + ' (' + text.getAttribute('class') + ', x '
                        + x + ', box ' + box.x.toFixed(1) + '+' + box.width.toFixed(1) + ')' : null;
                }).filter(problem => problem !== null);""";
        assertThat((List<String>) script(misplacedLabels)).as("theme labels not anchored where the chart put them")
                .isEmpty();
        script("(" + shown + ").style.direction = 'rtl'");
        assertThat((List<String>) script(misplacedLabels)).as("the check sees labels anchored for an rtl chart")
                .isNotEmpty();
        script("(" + shown + ").style.direction = ''");
    }

    /** The database holds the response, complete, in the language, with its background and scores. */
    private static void assertSavedIn(String language, String comment) {
        if (!PostgresAvailable.isReachable()) {
            return; // the application runs on its own embedded H2 then, out of this test's reach
        }
        String url = PostgresAvailable.URL + (PostgresAvailable.URL.contains("?") ? "&" : "?") + "currentSchema="
                + BrowserDatabase.SCHEMA;
        try (Connection connection = DriverManager.getConnection(url, PostgresAvailable.USER, PostgresAvailable.PASSWORD);
                PreparedStatement statement = connection.prepareStatement("""
                        SELECT r.language, r.completed_at IS NOT NULL, r.age_band, r.area,
                               (SELECT count(*) FROM answer a WHERE a.response_id = r.id AND a.score IS NOT NULL)
                        FROM response r
                        WHERE r.id IN (SELECT response_id FROM answer WHERE could_be_better = ?)""")) {
            statement.setString(1, comment);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).as("a response with the comment " + comment).isTrue();
                assertThat(row.getString(1)).isEqualTo(language);
                assertThat(row.getBoolean(2)).as("completed").isTrue();
                assertThat(row.getString(3)).isEqualTo("AGE_30_49");
                assertThat(row.getString(4)).isEqualTo(AREAS.get(0));
                assertThat(row.getLong(5)).as("scored themes").isEqualTo(Theme.COUNT);
                assertThat(row.next()).as("only one").isFalse();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the browser tests' database at " + url, e);
        }
    }
}
