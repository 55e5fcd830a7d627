package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Läs upp" reads a resident's screen aloud with the browser's own speech synthesis. The test
 * puts a recorder in place of the page's {@code speechSynthesis} before the page loads (a fake
 * list of voices; speaking never ends by itself, as a long reading), so it sees what would be
 * spoken, in which language and voice, and when speech is cancelled.
 */
class ReadAloudIT extends BrowserTest {

    /**
     * Replaces speak/cancel/getVoices and the utterance class (a real utterance takes only real
     * voices) and records every call in {@code window.__speech}; {@code __speech.finish()} ends
     * what is being spoken, as when the reading is over. With LATE, the browser lists no voices
     * until {@code __speech.voicesArrive()} (as Chrome, which loads them after the first ask).
     */
    private static final String RECORDER = """
            (() => {
              const voices = VOICES.map(([name, lang, where]) =>
                  ({name, lang, voiceURI: name, localService: where === 'local', default: false}));
              const speech = window.__speech = {spoken: [], cancels: 0, queue: []};
              const end = list => list.forEach(u => u.dispatchEvent(new Event('end')));
              window.SpeechSynthesisUtterance = class extends EventTarget {
                constructor(text) { super(); this.text = text; this.lang = ''; this.voice = null; }
              };
              speech.finish = () => end(speech.queue.splice(0));
              const synth = window.speechSynthesis;
              let listed = !LATE;
              speech.voicesArrive = () => { listed = true; synth.dispatchEvent(new Event('voiceschanged')); };
              synth.getVoices = () => listed ? voices.slice() : [];
              synth.speak = u => {
                speech.spoken.push({text: u.text, lang: u.lang, voice: u.voice && u.voice.name});
                speech.queue.push(u);
              };
              synth.cancel = () => { speech.cancels++; end(speech.queue.splice(0)); };
            })();
            """;

    private String recorder;

    /**
     * Puts the recorder, with these voices ("name language", or "name language network" for a
     * voice of a speech service on the internet), into every page opened from now on.
     */
    private void deviceWithVoices(String... voiceList) {
        addRecorder(false, voiceList);
    }

    /** As {@link #deviceWithVoices}, but the browser lists them only when the test says they have arrived. */
    private void deviceWithLateVoices(String... voiceList) {
        addRecorder(true, voiceList);
    }

    @SuppressWarnings("unchecked")
    private void addRecorder(boolean late, String... voiceList) {
        String voices = Stream.of(voiceList).map(voice -> voice.split(" "))
                .map(voice -> "['" + voice[0] + "','" + voice[1] + "','" + (voice.length > 2 ? voice[2] : "local") + "']")
                .collect(Collectors.joining(",", "[", "]"));
        Map<String, Object> added = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", RECORDER.replace("VOICES", voices).replace("LATE", String.valueOf(late))));
        recorder = (String) added.get("identifier");
    }

    @AfterEach
    void removeRecorder() {
        if (recorder != null) {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", recorder));
            recorder = null;
        }
    }

    private WebElement readAloud(String label) {
        return waitFor(By.xpath("//div[contains(@class, 'flow-screen')][@data-settled]//vaadin-button"
                + "[contains(@class, 'read-aloud-button')][normalize-space() = " + xpathLiteral(label) + "]"));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> spoken() {
        return (List<Map<String, Object>>) script("return window.__speech.spoken");
    }

    private List<String> spokenTexts() {
        return spoken().stream().map(utterance -> (String) utterance.get("text")).toList();
    }

    private long cancels() {
        return (Long) script("return window.__speech.cancels");
    }

    private void waitUntil(String description, String condition) {
        new WebDriverWait(driver, TIMEOUT).withMessage(description)
                .until(browser -> Boolean.TRUE.equals(script("return " + condition)));
    }

    private void waitUntilSpeaking() {
        waitUntil("something to be spoken", "window.__speech.queue.length > 0");
    }

    private String text(String selector) {
        return ((String) script("return document.querySelector(arguments[0]).textContent", selector)).strip();
    }

    @SuppressWarnings("unchecked")
    private List<String> texts(String selector) {
        return ((List<String>) script("return [...document.querySelectorAll(arguments[0])].map(e => e.textContent.trim())",
                selector));
    }

    private void toFirstTheme(String path, String heading) {
        open(path);
        waitFor(FlowScreens.settled("Norrbacka"));
        button("Börja").click();
        waitFor(FlowScreens.settled("Lite om dig"));
        button("Nästa").click();
        waitFor(FlowScreens.settled(heading));
    }

    @Test
    void the_button_reads_the_theme_aloud_in_swedish_stops_when_pressed_again_and_never_holds_up_the_flow() {
        deviceWithVoices("Daniel en-GB", "Alva sv-SE");
        resize(Viewport.TABLET_PORTRAIT);
        toFirstTheme("/kiosk/DEMO-VUXEN", "Gå, rulla och cykla");
        WebElement read = readAloud("Läs upp");
        assertThat(read.getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(read.getSize().getHeight()).isGreaterThanOrEqualTo(48);
        long cancelsBefore = cancels();

        read.click();
        waitUntilSpeaking();
        assertThat(spokenTexts()).contains("Gå, rulla och cykla", text(".flow-screen .question"));
        assertThat(spokenTexts()).containsAll(texts(".flow-screen .prompts li"));
        assertThat(spoken()).allSatisfy(utterance -> {
            assertThat(utterance.get("lang")).isEqualTo("sv-SE");
            assertThat(utterance.get("voice")).isEqualTo("Alva");
        });
        assertThat(readAloud("Läs upp").getAttribute("aria-pressed")).isEqualTo("true");
        waitForText("Tryck igen för att sluta");
        screenshot("read-aloud-speaking");
        checkAccessibility("read-aloud-speaking");

        readAloud("Läs upp").click();
        waitUntil("speech to be cancelled", "window.__speech.queue.length === 0");
        assertThat(cancels()).isGreaterThan(cancelsBefore);
        assertThat(readAloud("Läs upp").getAttribute("aria-pressed")).isEqualTo("false");

        readAloud("Läs upp").click();
        waitUntilSpeaking();
        long cancelsWhileSpeaking = cancels();
        button("Nästa").click();
        waitFor(FlowScreens.settled("Kollektivtrafik"));
        waitUntil("speech to stop when the screen changes", "window.__speech.queue.length === 0");
        assertThat(cancels()).isGreaterThan(cancelsWhileSpeaking);
        assertThat(readAloud("Läs upp").getAttribute("aria-pressed")).isEqualTo("false");
    }

    @Test
    void when_the_reading_is_over_the_button_is_no_longer_pressed() {
        deviceWithVoices("Alva sv-SE");
        toFirstTheme("/kiosk/DEMO-VUXEN", "Gå, rulla och cykla");
        readAloud("Läs upp").click();
        waitUntilSpeaking();
        script("window.__speech.finish()");
        waitUntil("the button to be released", "document.querySelector('.read-aloud-button')"
                + ".getAttribute('aria-pressed') === 'false'");
    }

    @Test
    void every_screen_has_the_button_and_going_back_to_the_start_stops_speech() {
        deviceWithVoices("Alva sv-SE");
        open("/kiosk/DEMO-VUXEN");
        waitFor(FlowScreens.settled("Norrbacka"));
        readAloud("Läs upp").click();
        waitUntilSpeaking();
        assertThat(spokenTexts()).contains("Norrbacka");
        checkAccessibility("read-aloud-start");
        button("Börja").click();
        waitFor(FlowScreens.settled("Lite om dig"));
        waitUntil("speech to stop when the screen changes", "window.__speech.queue.length === 0");

        readAloud("Läs upp").click();
        waitUntilSpeaking();
        assertThat(spokenTexts()).contains("Lite om dig", "Hur gammal är du?", "Vill inte svara");
        button("Tillbaka").click();
        waitFor(FlowScreens.settled("Norrbacka"));
        waitUntil("speech to stop when the screen changes", "window.__speech.queue.length === 0");
        assertThat(readAloud("Läs upp").getAttribute("aria-pressed")).isEqualTo("false");
    }

    @Test
    void an_english_screen_is_read_with_an_english_voice() {
        deviceWithVoices("Alva sv-SE", "Daniel en-GB");
        resize(Viewport.PHONE);
        open("/d/DEMO-UNGDOM");
        waitFor(FlowScreens.settled("Norrbacka"));
        button("English").click();
        waitFor(By.xpath("//div[contains(@class, 'flow-screen')][@data-settled]//vaadin-button[normalize-space() = 'Start']"));
        button("Start").click();
        waitFor(FlowScreens.settled("A little about you"));
        button("Next").click();
        waitFor(FlowScreens.settled("Walking and cycling"));
        readAloud("Read aloud").click();
        waitUntilSpeaking();
        assertThat(spokenTexts()).contains("Walking and cycling", text(".flow-screen .question"));
        assertThat(spoken()).allSatisfy(utterance -> {
            assertThat(utterance.get("lang")).isEqualTo("en-GB");
            assertThat(utterance.get("voice")).isEqualTo("Daniel");
        });
        checkAccessibility("read-aloud-english-phone");
    }

    @Test
    void without_a_voice_on_the_device_for_the_language_it_says_so_and_speaks_nothing() {
        deviceWithVoices("Daniel en-GB", "Amelie fr-FR", "Google-svenska sv-SE network");
        toFirstTheme("/kiosk/DEMO-VUXEN", "Gå, rulla och cykla");
        readAloud("Läs upp").click();
        WebElement message = waitFor(By.cssSelector(".flow-screen .read-aloud-message"));
        assertThat(message.getText()).isEqualTo("Den här enheten har ingen svensk röst, så den kan inte läsa upp.");
        assertThat(message.getAttribute("role")).isEqualTo("status");
        assertThat(spoken()).isEmpty();
        assertThat(readAloud("Läs upp").getAttribute("aria-pressed")).isEqualTo("false");
        screenshot("read-aloud-no-voice");
        checkAccessibility("read-aloud-no-voice");
        button("Nästa").click();
        waitFor(FlowScreens.settled("Kollektivtrafik"));
    }

    @Test
    void the_child_version_reads_the_faces_meanings() {
        deviceWithVoices("Alva sv-SE");
        open("/kiosk/DEMO-BARN");
        waitFor(FlowScreens.settled("Norrbacka"));
        button("Börja").click();
        waitFor(FlowScreens.settled("Lite om dig"));
        button("Nästa").click();
        waitForText("1 av 14");
        waitFor(FlowScreens.settled());
        readAloud("Läs upp").click();
        waitUntilSpeaking();
        assertThat(spokenTexts()).contains(text(".flow-screen .question"), "Inte så bra", "Helt okej", "Jättebra");
        checkAccessibility("read-aloud-child");
    }

    @Test
    void the_summary_and_thanks_are_read_and_the_next_person_on_a_shared_tablet_stops_a_reading() {
        deviceWithVoices("Alva sv-SE");
        toFirstTheme("/kiosk/DEMO-BARN", "Gå och cykla");
        for (int i = 0; i < 14; i++) {
            waitForText((i + 1) + " av 14");
            waitFor(FlowScreens.settled());
            button("Hoppa över").click();
        }
        waitFor(FlowScreens.settled("Din kompass"));
        readAloud("Läs upp").click();
        waitUntilSpeaking();
        assertThat(spokenTexts()).contains("Din kompass", "Inget svar");
        button("Skicka in").click();
        waitFor(FlowScreens.settled("Tack för dina svar!"));
        waitUntil("speech to stop when the screen changes", "window.__speech.queue.length === 0");

        readAloud("Läs upp").click();
        waitUntilSpeaking();
        assertThat(spokenTexts()).contains("Tack för dina svar!");
        button("Nästa person").click();
        waitFor(FlowScreens.settled("Norrbacka"));
        waitUntil("speech to stop when the next person's start appears", "window.__speech.queue.length === 0");
        assertThat(readAloud("Läs upp").getAttribute("aria-pressed")).isEqualTo("false");
    }

    @Test
    void voices_the_browser_lists_late_are_waited_for() {
        deviceWithLateVoices("Alva sv-SE");
        toFirstTheme("/kiosk/DEMO-VUXEN", "Gå, rulla och cykla");
        readAloud("Läs upp");
        script("document.querySelector('.flow-screen .read-aloud-button').click(); window.__speech.voicesArrive()");
        waitUntilSpeaking();
        assertThat(spoken()).allSatisfy(utterance -> assertThat(utterance.get("voice")).isEqualTo("Alva"));
        assertThat(spokenTexts()).contains("Gå, rulla och cykla");
    }

    @Test
    void a_browser_that_never_lists_a_voice_says_there_is_none() {
        deviceWithLateVoices("Alva sv-SE");
        toFirstTheme("/kiosk/DEMO-VUXEN", "Gå, rulla och cykla");
        readAloud("Läs upp").click();
        waitForText("Den här enheten har ingen svensk röst, så den kan inte läsa upp.");
        assertThat(spoken()).isEmpty();
        assertThat(readAloud("Läs upp").getAttribute("aria-pressed")).isEqualTo("false");
    }

    private WebElement resultsReadAloud() {
        return waitFor(By.cssSelector(".results-content vaadin-button.read-aloud-button"));
    }

    private String pressedOnResults() {
        return resultsReadAloud().getAttribute("aria-pressed");
    }

    @Test
    void the_public_results_page_is_read_in_its_own_language_and_stops_when_pressed_again_or_changed() {
        deviceWithVoices("Alva sv-SE", "Maged ar-SA");
        resize(360, 740);
        open("/r/" + PublicResultsIT.PUBLISHED);
        waitForHeading("Norrbacka");
        WebElement read = resultsReadAloud();
        assertThat(read.getText()).isEqualTo("Läs upp");
        assertThat(read.getSize().getHeight()).isGreaterThanOrEqualTo(48);
        long cancelsBefore = cancels();

        read.click();
        waitUntilSpeaking();
        assertThat(spokenTexts()).startsWith("Vad vi hörde – vad vi gör", "Norrbacka")
                .contains("Vad vi gör", text(".results-action .results-strong"), "Påbörjad")
                .containsAll(texts(".results-comment-list li p"));
        assertThat(spoken()).allSatisfy(utterance -> {
            assertThat(utterance.get("lang")).isEqualTo("sv-SE");
            assertThat(utterance.get("voice")).isEqualTo("Alva");
        });
        assertThat(pressedOnResults()).isEqualTo("true");
        waitForText("Tryck igen för att sluta");
        screenshot("results-read-aloud-speaking");
        checkAccessibility("results-read-aloud-speaking");
        PublicResultsIT.assertNoViolations("results-read-aloud-speaking");

        resultsReadAloud().click();
        waitUntil("speech to be cancelled", "window.__speech.queue.length === 0");
        assertThat(cancels()).isGreaterThan(cancelsBefore);
        assertThat(pressedOnResults()).isEqualTo("false");

        resultsReadAloud().click();
        waitUntilSpeaking();
        script("window.__speech.spoken = []");
        button("العربية").click();
        waitUntil("the page to turn Arabic", "document.documentElement.lang === 'ar'");
        waitUntil("speech to stop when the page changes language", "window.__speech.queue.length === 0");
        assertThat(pressedOnResults()).isEqualTo("false");

        resultsReadAloud().click();
        waitUntilSpeaking();
        List<Map<String, Object>> arabic = spoken();
        assertThat(arabic.getFirst()).containsEntry("text", text(".results-kicker")).containsEntry("lang", "ar")
                .containsEntry("voice", "Maged");
        assertThat(arabic).as("the place's name, which the organisation wrote, in Swedish")
                .anySatisfy(utterance -> assertThat(utterance).containsEntry("text", "Norrbacka")
                        .containsEntry("lang", "sv-SE").containsEntry("voice", "Alva"));
        assertThat(arabic).extracting(utterance -> utterance.get("text"))
                .contains(text(".results-status"));
        screenshot("results-read-aloud-speaking-ar");
        checkAccessibility("results-read-aloud-speaking-ar");
        PublicResultsIT.assertNoViolations("results-read-aloud-speaking-ar");
        resultsReadAloud().click();
        waitUntil("speech to be cancelled", "window.__speech.queue.length === 0");
    }

    @Test
    void on_a_device_without_a_swedish_voice_the_arabic_results_page_leaves_out_the_organisations_swedish_words() {
        deviceWithVoices("Maged ar-SA", "Google-svenska sv-SE network");
        open("/r/" + PublicResultsIT.PUBLISHED + "?lang=ar");
        waitUntil("the page to be Arabic", "document.documentElement.dir === 'rtl'");
        waitForHeading("Norrbacka");
        resultsReadAloud().click();
        waitUntilSpeaking();
        assertThat(spokenTexts()).startsWith(text(".results-kicker")).doesNotContain("Norrbacka");
        assertThat(spoken()).allSatisfy(utterance -> assertThat(utterance).containsEntry("lang", "ar")
                .containsEntry("voice", "Maged"));
        assertThat(text(".results-content .read-aloud-message")).isEmpty();
    }
}
