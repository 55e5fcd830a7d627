package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Arabic, Persian and Tigrinya letters show on a tablet without such system fonts: the resident
 * stylesheet brings Noto Sans Arabic and Noto Sans Ethiopic as web fonts (scripts.css, decision
 * 0031), fetched only by a page that shows such letters.
 */
class ScriptFontsIT extends BrowserTest {

    private static final Map<String, String> PROBES = Map.of(
            "ar", "أهلا بكم في الحديقة",
            "fa", "پارک ژاله چگونه کوچه‌ها را می‌بینید",
            "ti", "ከመይ ኣለኹም ኣብዚ ቦታ");

    @Test
    void arabic_persian_and_tigrinya_render_in_the_web_fonts_which_a_latin_page_does_not_fetch() {
        resize(Viewport.TABLET_PORTRAIT);
        // The sign-in page has Latin letters only (the start page names the languages in their own scripts)
        open("/login");
        waitForHeading("Logga in");
        assertThat(faces()).as("the stylesheet's faces").hasSize(4);
        assertThat(fontFilesFetched()).as("a page without such letters fetches no font file").isEmpty();

        script("""
                for (const [lang, text] of Object.entries(arguments[0])) {
                  const probe = document.createElement('p');
                  probe.lang = lang;
                  probe.dir = lang === 'ti' ? 'ltr' : 'rtl';
                  probe.className = 'script-probe';
                  probe.textContent = text;
                  probe.style.fontSize = '24px';
                  document.querySelector('.resident-card, main, body').append(probe);
                }
                """, PROBES);
        @SuppressWarnings("unchecked")
        List<Object> loaded = (List<Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.querySelectorAll('.script-probe').forEach(p => p.getBoundingClientRect());
                document.fonts.ready.then(() => done([...document.fonts]
                    .filter(f => f.family.includes('Platskompassen') && f.status === 'loaded')
                    .map(f => f.family.replaceAll('"', '') + ' ' + f.weight)));
                """);
        assertThat(loaded).as("the regular faces the page needed").contains("Platskompassen Arabic 400",
                "Platskompassen Ethiopic 400");
        for (Map.Entry<String, String> probe : PROBES.entrySet()) {
            String family = probe.getKey().equals("ti") ? "Platskompassen Ethiopic" : "Platskompassen Arabic";
            assertThat(script("return document.fonts.check(arguments[0], arguments[1])", "24px \"" + family + "\"",
                    probe.getValue())).as("%s letters in %s", probe.getKey(), family).isEqualTo(true);
            assertThat(script("return getComputedStyle(document.querySelector('.script-probe[lang=' + arguments[0]"
                    + " + ']')).fontFamily", probe.getKey()).toString()).contains(family);
        }
        screenshot("script-fonts-tablet");

        // The demo dialogue's start screen names every language in its own script
        open("/d/DEMO-VUXEN");
        waitForText("ትግርኛ");
        waitForText("العربية");
        assertThat(script("return document.fonts.check('24px \"Platskompassen Ethiopic\"', 'ትግርኛ')"
                + " && document.fonts.check('24px \"Platskompassen Arabic\"', 'العربية فارسی')")).isEqualTo(true);
        screenshot("script-fonts-start-tablet");
        checkAccessibility("script-fonts-start-tablet");
    }

    @Test
    void the_font_files_are_served_to_anyone_as_woff2() throws Exception {
        open("/login");
        waitForHeading("Logga in");
        HttpClient http = HttpClient.newHttpClient();
        for (String file : List.of("NotoSansArabic-Regular", "NotoSansArabic-Bold", "NotoSansEthiopic-Regular",
                "NotoSansEthiopic-Bold")) {
            HttpResponse<byte[]> font = http.send(HttpRequest.newBuilder(URI.create(driver.getCurrentUrl())
                    .resolve("/styles/fonts/" + file + ".woff2")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(font.statusCode()).as(file).isEqualTo(200);
            assertThat(new String(font.body(), 0, 4, StandardCharsets.US_ASCII)).as(file).isEqualTo("wOF2");
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> fontFilesFetched() {
        return (List<String>) script("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(name => name.includes('/styles/fonts/'))");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> faces() {
        return (List<Map<String, Object>>) script("""
                return [...document.fonts].filter(f => f.family.includes('Platskompassen'))
                    .map(f => ({family: f.family, weight: f.weight, status: f.status}));
                """);
    }
}
