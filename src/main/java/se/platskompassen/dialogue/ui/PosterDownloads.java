package se.platskompassen.dialogue.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Collection;
import se.platskompassen.base.SafeFileName;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.ui.LanguageNames;

/**
 * A printable poster in each language of the dialogue, so that a municipality can put the Arabic
 * or Somali poster up beside the Swedish one: a label, then one link per language in a compact
 * row, each named by the staff language's name for the language ("arabiska"), its full purpose
 * spoken to screen readers ("Ladda ner affischen på arabiska"). The poster is written only when
 * its link is fetched. Used by the join panel and, from above, by the results panel.
 */
public class PosterDownloads extends Composite<Div> {

    /** Writes the poster in one language. */
    @FunctionalInterface
    public interface Poster {

        byte[] pdf(Language language);
    }

    /**
     * @param labelKey the message key of the row's label, such as "Ladda ner affisch (A4, PDF)"
     * @param linkKey the message key of a link's spoken name, {@code {0}} the language's name
     * @param kind the class name of the links, such as "join-poster"; unique on the page
     * @param fileStem the first part of the files' names, such as "affisch"
     * @param joinCode the dialogue's join code, the second part of the files' names
     * @param languages the dialogue's languages, in the order they are offered
     * @param poster writes the poster in the language of the link fetched
     */
    public PosterDownloads(String labelKey, String linkKey, String kind, String fileStem, String joinCode,
            Collection<Language> languages, Poster poster) {
        Span label = new Span(getTranslation(labelKey));
        label.setId(kind + "-label");
        label.addClassName("poster-downloads-label");
        Div links = new Div();
        links.addClassName("poster-downloads-links");
        for (Language language : languages) {
            links.add(link(linkKey, kind, fileName(fileStem, joinCode, language), language, poster));
        }
        Div row = getContent();
        row.addClassName("poster-downloads");
        row.getElement().setAttribute("role", "group");
        row.getElement().setAttribute("aria-labelledby", label.getId().orElseThrow());
        row.add(label, links);
    }

    private Anchor link(String linkKey, String kind, String fileName, Language language, Poster poster) {
        String languageName = LanguageNames.staffName(this, language);
        Anchor link = new Anchor();
        link.setText(languageName);
        link.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = poster.pdf(language);
            return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
        }), AttachmentType.DOWNLOAD);
        // The spoken name begins with the action and still holds the visible name (WCAG 2.5.3)
        link.getElement().setAttribute("aria-label", getTranslation(linkKey, languageName));
        link.addClassNames("poster-download", kind);
        return link;
    }

    /** "affisch-K7PX-M4RT-ar.pdf": the kind of poster, the dialogue's code and the language's tag. */
    static String fileName(String fileStem, String joinCode, Language language) {
        return SafeFileName.of("pdf", fileStem, joinCode.replaceAll("[^A-Za-z0-9-]", ""), language.code());
    }
}
