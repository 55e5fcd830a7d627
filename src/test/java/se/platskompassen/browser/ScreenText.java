package se.platskompassen.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The text a person sees on the page in the browser, and whether the browser draws it with real
 * letters: what a language check of a resident screen looks at.
 */
final class ScreenText {

    /**
     * A text on screen; {@code marked} is the language of the nearest element inside the page that
     * says its own language (the organisation's Swedish, a language's own name), or empty.
     */
    record Shown(String text, String marked) {
    }

    /** Visible text nodes and the names, titles and alternative texts of visible elements. */
    private static final String VISIBLE_TEXTS = """
            const visible = element => element.checkVisibility({visibilityProperty: true, opacityProperty: true});
            const marked = element => {
                const inside = element.closest('[lang]');
                return inside === null || inside === document.documentElement ? '' : inside.getAttribute('lang');
            };
            const found = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const element = node.parentElement;
                const text = node.textContent.replace(/\\s+/g, ' ').trim();
                if (text && element && !element.closest('script, style, template') && visible(element)) {
                    found.push([text, marked(element)]);
                }
            }
            for (const element of document.body.querySelectorAll('[aria-label], [placeholder], [title], img[alt]')) {
                if (!visible(element)) continue;
                for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
                    const value = (element.getAttribute(name) || '').trim();
                    if (value) found.push([value, marked(element)]);
                }
            }
            return found;""";

    /**
     * Draws each letter of a text on a canvas in the font of an element and says which ones come
     * out as the box a font draws for a letter it lacks (or as nothing).
     */
    private static final String MISSING_GLYPHS = """
            const [selector] = arguments;
            const element = document.querySelector(selector);
            const style = getComputedStyle(element);
            const canvas = document.createElement('canvas');
            canvas.width = 96;
            canvas.height = 96;
            const context = canvas.getContext('2d', {willReadFrequently: true});
            const drawn = letter => {
                context.clearRect(0, 0, 96, 96);
                context.font = '48px ' + style.fontFamily;
                context.fillText(letter, 16, 64);
                const pixels = context.getImageData(0, 0, 96, 96).data;
                let print = 0;
                for (let i = 3; i < pixels.length; i += 4) print = (print * 31 + pixels[i] * (i + 1)) % 1000000007;
                return print;
            };
            const box = drawn('\\u0378');
            const missing = [];
            for (const letter of new Set([...element.textContent].filter(c => /\\S/u.test(c)))) {
                const print = drawn(letter);
                if (print === box || print === 0) missing.push(letter);
            }
            return missing;""";

    private ScreenText() {
    }

    @SuppressWarnings("unchecked")
    static List<Shown> visible(ChromeDriver driver) {
        List<List<Object>> found = (List<List<Object>>) driver.executeScript(VISIBLE_TEXTS);
        List<Shown> shown = new ArrayList<>();
        found.forEach(pair -> shown.add(new Shown((String) pair.get(0), (String) pair.get(1))));
        return shown;
    }

    /** The letters of the first element the selector finds that the browser has no glyph for. */
    @SuppressWarnings("unchecked")
    static List<String> missingGlyphs(ChromeDriver driver, String selector) {
        return (List<String>) driver.executeScript(MISSING_GLYPHS, selector);
    }

    /** The fonts the browser drew the first element the selector finds with, as the DevTools report them. */
    @SuppressWarnings("unchecked")
    static List<String> fontsOf(ChromeDriver driver, String selector) {
        driver.executeCdpCommand("DOM.enable", Map.of());
        driver.executeCdpCommand("CSS.enable", Map.of());
        Map<String, Object> document = driver.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
        Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
        Object node = driver.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", selector))
                .get("nodeId");
        List<Map<String, Object>> fonts = (List<Map<String, Object>>) driver
                .executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", node)).get("fonts");
        return fonts.stream().map(font -> font.get("familyName") + " (" + font.get("glyphCount") + " glyphs)").toList();
    }
}
