package se.platskompassen.response.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Language;

/**
 * "Läs upp": reads a screen's heading, question, prompts and choices aloud, for residents who
 * read the screen's language with difficulty (or not at all), with the browser's own speech
 * synthesis in the screen's language. Pressing it again stops; a new screen stops it too.
 *
 * <p>Everything happens in the browser: the texts to read come with the screen (the
 * {@code data-text} attribute, one part a line, from the bundles and the questionnaire), so a
 * press needs no round trip and nothing is sent anywhere, and only voices on the device
 * ({@code localService}) are used: a network voice would send the text (on the summary, the
 * person's own answers) to a speech service. A device without a voice for the language says so
 * in a live region rather than reading in another language's voice (docs/decisions/0030-read-aloud.md).
 * The public results page uses it too, with parts the organisation wrote read in Swedish
 * (docs/decisions/0041-read-aloud-on-the-results-page.md).
 */
public final class ReadAloud extends Composite<Div> {

    /**
     * A text to read, with the language it is written in where that is not the page's: what an
     * organisation wrote is Swedish on a page in any language, and an Arabic voice would garble it.
     */
    public record Part(String text, @Nullable Locale language) {

        /** A text in the page's language. */
        static Part of(String text) {
            return new Part(text, null);
        }
    }

    /** Cancels any reading of the page, also one begun on a screen that is gone. */
    private static final String CANCEL = "if (window.speechSynthesis) window.speechSynthesis.cancel();";

    /** Installs the button's behaviour; {@code this} is the component, $0 the button, $1 the message, $2 the hint. */
    private static final String BEHAVIOUR = """
            const host = this, button = $0, message = $1, hint = $2;
            if (host.readAloudStop) return;
            const synth = window.speechSynthesis;
            let run = 0;
            const pressed = on => { button.setAttribute('aria-pressed', String(on)); hint.hidden = !on; };
            const stop = () => { run++; pressed(false); if (synth) synth.cancel(); };
            host.readAloudStop = () => { stop(); message.textContent = ''; };
            const tag = lang => (lang || '').replace(/_/g, '-').toLowerCase();
            const voiceFor = (voices, lang) => {
              const wanted = tag(lang), primary = wanted.split('-')[0];
              const local = voices.filter(v => v.localService);
              return local.find(v => tag(v.lang) === wanted) || local.find(v => tag(v.lang).split('-')[0] === primary);
            };
            const withVoices = use => {
              const now = synth.getVoices();
              if (now.length) { use(now); return; }
              let done = false;
              const ready = () => {
                if (done) return;
                done = true;
                synth.removeEventListener('voiceschanged', ready);
                use(synth.getVoices());
              };
              synth.addEventListener('voiceschanged', ready);
              setTimeout(ready, 1500);
            };
            const noVoice = () => { pressed(false); message.textContent = host.dataset.noVoice; };
            if (synth) synth.getVoices();
            button.addEventListener('click', () => {
              if (button.getAttribute('aria-pressed') === 'true') { stop(); return; }
              message.textContent = '';
              const mine = ++run;
              if (!synth || !window.SpeechSynthesisUtterance) { noVoice(); return; }
              pressed(true);
              withVoices(voices => {
                if (mine !== run) return;
                const page = host.dataset.lang, voice = voiceFor(voices, page);
                if (!voice) { noVoice(); return; }
                const langs = (host.dataset.langs || '').split('\\n');
                // a part in another language is read by a voice of its own, or left out on a device without one
                const parts = (host.dataset.text || '').split('\\n')
                    .map((text, i) => ({text, lang: langs[i] || page}))
                    .map(part => ({...part, voice: part.lang === page ? voice : voiceFor(voices, part.lang)}))
                    .filter(part => part.text.trim() && part.voice);
                if (!parts.length) { pressed(false); return; }
                synth.cancel();
                const over = () => { if (mine === run) pressed(false); };
                parts.forEach((part, i) => {
                  const utterance = new SpeechSynthesisUtterance(part.text);
                  utterance.lang = part.lang;
                  utterance.voice = part.voice;
                  utterance.addEventListener('error', over);
                  if (i === parts.length - 1) utterance.addEventListener('end', over);
                  synth.speak(utterance);
                });
              });
            });
            """;

    private final Button button = new Button();
    private final Span hint = new Span();
    private final Div message = new Div();

    public ReadAloud() {
        button.setText(getTranslation("flow.readAloud"));
        button.addClassName("read-aloud-button");
        button.getElement().setAttribute("aria-pressed", "false");
        hint.setText(getTranslation("flow.readAloud.stop"));
        hint.addClassName("read-aloud-hint");
        hint.getElement().setAttribute("hidden", true);
        message.addClassName("read-aloud-message");
        message.getElement().setAttribute("role", "status");
        getContent().addClassName("read-aloud");
        getContent().getElement().setAttribute("data-no-voice", getTranslation("flow.readAloud.noVoice"));
        getContent().add(button, hint, message);
        addAttachListener(attach -> getElement().executeJs(BEHAVIOUR, button.getElement(), message.getElement(),
                hint.getElement()));
        addDetachListener(detach -> detach.getUI().getPage().executeJs(CANCEL));
    }

    /**
     * A screen, or a theme screen's next theme, is on show: a reading under way stops, and the
     * button now reads these texts (in order, each a pause of its own) in this locale's language.
     */
    void show(Locale locale, List<String> texts) {
        showParts(locale, texts.stream().map(Part::of).toList());
    }

    /**
     * As {@link #show}, for a page with parts in another language than its own (read with a voice
     * of that language, and left out on a device that has none).
     */
    public void showParts(Locale locale, List<Part> parts) {
        String page = speechLanguage(locale);
        List<Part> read = parts.stream()
                .map(part -> new Part(part.text().replaceAll("\\s+", " ").strip(), part.language()))
                .filter(part -> !part.text().isEmpty()).toList();
        List<String> languages = read.stream()
                .map(part -> part.language() == null ? "" : speechLanguage(part.language()))
                .map(language -> language.equals(page) ? "" : language).toList();
        getElement().setAttribute("data-lang", page);
        getElement().setAttribute("data-text", read.stream().map(Part::text).collect(Collectors.joining("\n")));
        if (languages.stream().allMatch(String::isEmpty)) {
            if (getElement().hasAttribute("data-langs")) {
                getElement().removeAttribute("data-langs");
            }
        } else {
            getElement().setAttribute("data-langs", String.join("\n", languages));
        }
        getElement().executeJs("if (this.readAloudStop) this.readAloudStop(); else {" + CANCEL + "}");
    }

    /**
     * The language tag voices are chosen by: the locale without private-use parts (easy Swedish,
     * {@code sv-x-easy}, is read by a Swedish voice) and with the region of the shipped language
     * that has one ({@code sv} becomes {@code sv-SE}), since voices are listed by language and region.
     */
    static String speechLanguage(Locale locale) {
        Locale plain = locale.stripExtensions();
        if (plain.getCountry().isEmpty()) {
            return Arrays.stream(Language.values()).map(Language::locale)
                    .filter(shipped -> shipped.getLanguage().equals(plain.getLanguage()) && !shipped.getCountry().isEmpty())
                    .findFirst().map(Locale::stripExtensions).orElse(plain).toLanguageTag();
        }
        return plain.toLanguageTag();
    }

    /** The button, for tests. */
    Button button() {
        return button;
    }
}
