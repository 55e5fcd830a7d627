package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The theme screens on the narrowest phones and in the states a keyboard or a choice gives them
 * (issue 16's audit): the 1–7 scale on one line with its end words under 1 and 7, no resident
 * text cut off at 320 px (also what 400 % zoom of a 1280 px screen gives), and states that stand
 * out at least 3:1 from the white card (WCAG 1.4.11). Decision 0029 records the sizes.
 */
class ResidentLayoutIT extends BrowserTest {

    /** Where every score button is, where the end words are, and the space the page has. */
    private static final String SCALE_GEOMETRY = """
            const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
            return {
              buttons: [...document.querySelectorAll('.scale-numbers .scale-button')].map(box),
              ends: [...document.querySelectorAll('.scale-ends span')].map(box),
              width: document.documentElement.clientWidth
            };""";

    /**
     * Every piece of resident text that is cut off: by a box that hides what overflows it (also
     * inside the components' shadow roots), or by the edge of the page.
     */
    private static final String CLIPPED_TEXT = """
            const width = document.documentElement.clientWidth;
            const clipped = [];
            const visit = root => {
              for (const e of root.querySelectorAll('*')) {
                if (e.shadowRoot) visit(e.shadowRoot);
                if (e.closest('.visually-hidden') || ['TEXTAREA', 'INPUT', 'SLOT', 'STYLE'].includes(e.tagName)) continue;
                const style = getComputedStyle(e);
                if (style.display === 'none' || style.visibility === 'hidden' || e.getClientRects().length === 0) continue;
                const slotted = [...e.querySelectorAll('slot')].flatMap(s => s.assignedNodes({flatten: true}));
                const text = ((e.innerText || '') + slotted.map(n => n.textContent).join(' ')).trim();
                if (!text) continue;
                const hides = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
                if (hides && e.scrollWidth > e.clientWidth + 1) clipped.push(text + ' (cut off in its box)');
                for (const node of e.childNodes) {
                  if (node.nodeType !== Node.TEXT_NODE || !node.textContent.trim()) continue;
                  const range = document.createRange();
                  range.selectNodeContents(node);
                  const r = range.getBoundingClientRect();
                  if (r.left < -0.5 || r.right > width + 0.5) clipped.push(node.textContent.trim() + ' (outside the page)');
                }
              }
            };
            visit(document.querySelector('.resident-card'));
            return clipped;""";

    /** WCAG's contrast ratio of two CSS colours, the first composited over the second (which is opaque). */
    private static final String CONTRAST = """
            const parse = c => { const m = c.match(/rgba?\\(([^)]+)\\)/); const p = m[1].split(/[ ,/]+/).filter(x => x).map(Number);
              return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
            const over = (fg, bg) => [0, 1, 2].map(i => fg[i] * fg[3] + bg[i] * (1 - fg[3]));
            const lum = c => { const l = c.map(v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
              return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2]; };
            window.pkContrast = (fg, bg) => { const b = parse(bg); const f = over(parse(fg), b);
              const [x, y] = [lum(f), lum(b)]; return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
            window.pkShadows = s => s === 'none' ? [] : s.split(/,(?![^(]*\\))/).map(part => {
              const colour = part.match(/rgba?\\([^)]+\\)/)[0];
              const lengths = part.replace(colour, '').trim().split(/\\s+/).filter(x => x.endsWith('px')).map(parseFloat);
              return {colour, spread: lengths[3] || 0, inset: part.includes('inset')}; });
            return true;""";

    private void phone(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 780, "deviceScaleFactor", 1, "mobile", true));
        waitForVaadin();
    }

    private void toFirstTheme(String code, String heading) {
        open("/kiosk/" + code);
        waitFor(FlowScreens.settled("Norrbacka"));
        button("Börja").click();
        waitFor(FlowScreens.settled("Lite om dig"));
        button("Nästa").click();
        waitFor(FlowScreens.settled(heading));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_scale_reads_one_to_seven_on_one_line_with_its_end_words_under_one_and_seven_from_320_px_up() {
        toFirstTheme("DEMO-VUXEN", "Gå, rulla och cykla");
        for (int width : new int[] {320, 360, 390, 480, 600, 768, 1024}) {
            phone(width);
            Map<String, Object> scale = (Map<String, Object>) script(SCALE_GEOMETRY);
            List<List<Number>> buttons = (List<List<Number>>) scale.get("buttons");
            List<List<Number>> ends = (List<List<Number>>) scale.get("ends");
            assertThat(buttons).hasSize(7);
            double top = buttons.get(0).get(1).doubleValue();
            for (int i = 0; i < 7; i++) {
                List<Number> button = buttons.get(i);
                assertThat(button.get(1).doubleValue()).as("score %d at %d px is on the line of score 1", i + 1, width)
                        .isCloseTo(top, org.assertj.core.data.Offset.offset(1.0));
                double buttonWidth = button.get(2).doubleValue() - button.get(0).doubleValue();
                assertThat(buttonWidth).as("score %d's width at %d px", i + 1, width)
                        .isGreaterThanOrEqualTo(width >= 360 ? 48.0 : 40.0);
                assertThat(button.get(3).doubleValue() - button.get(1).doubleValue()).as("height").isGreaterThanOrEqualTo(48.0);
                assertThat(button.get(2).doubleValue()).as("score %d inside the page at %d px", i + 1, width)
                        .isLessThanOrEqualTo(((Number) scale.get("width")).doubleValue());
                if (i > 0) {
                    assertThat(button.get(0).doubleValue()).as("score %d right of score %d", i + 1, i)
                            .isGreaterThan(buttons.get(i - 1).get(2).doubleValue());
                }
            }
            double bottom = buttons.get(0).get(3).doubleValue();
            assertThat(ends.get(0).get(0).doubleValue()).as("the low end word starts under 1 at %d px", width)
                    .isCloseTo(buttons.get(0).get(0).doubleValue(), org.assertj.core.data.Offset.offset(2.0));
            assertThat(ends.get(1).get(2).doubleValue()).as("the high end word ends under 7 at %d px", width)
                    .isCloseTo(buttons.get(6).get(2).doubleValue(), org.assertj.core.data.Offset.offset(2.0));
            assertThat(ends.get(0).get(1).doubleValue()).as("end words under the scale").isGreaterThanOrEqualTo(bottom);
            assertThat(ends.get(1).get(1).doubleValue()).as("end words under the scale").isGreaterThanOrEqualTo(bottom);
            if (width == 320 || width == 360) {
                screenshot("scale-phone-" + width);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEMO-VUXEN:Gå, rulla och cykla", "DEMO-UNGDOM:Gå och cykla", "DEMO-BARN:Gå och cykla"})
    void no_resident_text_is_cut_off_on_a_320_px_phone(String codeAndHeading) {
        String[] parts = codeAndHeading.split(":");
        phone(320);
        toFirstTheme(parts[0], parts[1]);
        waitForVaadin();
        screenshot("theme-320-" + parts[0]);
        assertThat((List<String>) script(CLIPPED_TEXT)).as("text cut off at 320 px on %s", parts[0]).isEmpty();
        checkAccessibility("theme-320-" + parts[0]);
    }

    @Test
    void states_stand_out_three_to_one_from_the_white_card() {
        phone(390);
        open("/kiosk/DEMO-VUXEN");
        waitFor(FlowScreens.settled("Norrbacka"));
        button("Börja").click();
        waitFor(FlowScreens.settled("Lite om dig"));
        script(CONTRAST);
        assertThat((Double) script("""
                const part = document.querySelector('vaadin-radio-button:not([checked])').shadowRoot.querySelector('[part~=radio]');
                const style = getComputedStyle(part);
                const edges = [style.backgroundColor, ...pkShadows(style.boxShadow).filter(s => s.inset && s.spread > 0).map(s => s.colour)];
                if (parseFloat(style.borderTopWidth) > 0) edges.push(style.borderTopColor);
                return Math.max(...edges.map(c => pkContrast(c, 'rgb(255, 255, 255)')));"""))
                .as("an unchecked radio's edge against white").isGreaterThanOrEqualTo(3.0);
        script("document.querySelector('.flow-screen h1').focus()");
        // Past "Läs upp" under the heading to the first radio
        for (int tab = 0; tab < 3 && !Boolean.TRUE.equals(script(
                "return !!(document.activeElement && document.activeElement.closest('vaadin-radio-button'))")); tab++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat((Double) script("""
                const part = document.activeElement.closest('vaadin-radio-button').shadowRoot.querySelector('[part~=radio]');
                const style = getComputedStyle(part);
                const rings = pkShadows(style.boxShadow).filter(s => !s.inset && s.spread > 0).map(s => s.colour);
                if (style.outlineStyle !== 'none') rings.push(style.outlineColor);
                return Math.max(...rings.map(c => pkContrast(c, 'rgb(255, 255, 255)')));"""))
                .as("a radio's focus ring against white").isGreaterThanOrEqualTo(3.0);

        button("Nästa").click();
        waitFor(FlowScreens.settled("Gå, rulla och cykla"));
        script(CONTRAST);
        script("document.querySelector('.flow-screen h1').focus()");
        for (int tab = 0; tab < 3 && !Boolean.TRUE.equals(script(
                "return document.activeElement.classList.contains('scale-button')")); tab++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat((Double) script("""
                const style = getComputedStyle(document.activeElement);
                return style.outlineStyle === 'none' ? 0 : pkContrast(style.outlineColor, 'rgb(255, 255, 255)');"""))
                .as("the focus ring of a score against white").isGreaterThanOrEqualTo(3.0);

        open("/kiosk/DEMO-BARN");
        waitFor(FlowScreens.settled("Norrbacka"));
        button("Börja").click();
        waitFor(FlowScreens.settled("Lite om dig"));
        button("Nästa").click();
        waitFor(FlowScreens.settled("Gå och cykla"));
        script(CONTRAST);
        assertThat((Double) script("""
                return pkContrast(getComputedStyle(document.querySelector('.face-button')).borderTopColor, 'rgb(255, 255, 255)');"""))
                .as("a face button's border against white").isGreaterThanOrEqualTo(3.0);
    }
}
