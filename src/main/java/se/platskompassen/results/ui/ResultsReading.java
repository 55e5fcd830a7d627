package se.platskompassen.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.platskompassen.response.ui.ReadAloud;

/**
 * What "Läs upp" reads on the public results page, for a resident who cannot read it: the page's
 * own texts in the order it shows them, taken from the content as it was built, so the reading
 * says exactly what the page says and never more (only the chosen comments, only the sentence
 * of a group too small). The compass is left out, as are the controls: the list of themes
 * under it states the same figures in words. Text marked with a language of its own (what the
 * organisation wrote, Swedish on a page in any language) is read in that language.
 */
final class ResultsReading {

    /** Parts of the page that are drawings or controls, not text to read. */
    private static final Set<String> NOT_READ = Set.of("compass-view", "language-choice", "read-aloud");

    private ResultsReading() {
    }

    static List<ReadAloud.Part> of(Component content) {
        List<ReadAloud.Part> parts = new ArrayList<>();
        collect(content.getElement(), null, parts);
        return parts;
    }

    private static void collect(Element element, @Nullable Locale language, List<ReadAloud.Part> parts) {
        if (element.isTextNode() || element.getTag().startsWith("vaadin-")
                || element.getClassList().stream().anyMatch(NOT_READ::contains)) {
            return;
        }
        Locale own = element.hasAttribute("lang") ? Locale.forLanguageTag(element.getAttribute("lang")) : language;
        String text = element.getText();
        if (!text.isBlank()) {
            parts.add(new ReadAloud.Part(text, own));
        }
        element.getChildren().forEach(child -> collect(child, own, parts));
    }
}
