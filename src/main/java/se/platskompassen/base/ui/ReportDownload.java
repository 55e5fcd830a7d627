package se.platskompassen.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Function;
import se.platskompassen.questionnaire.Language;

/**
 * A PDF report to download, in Swedish or in English: a choice of language (the page's own
 * first) and a link that reads as a button. The report is written only when the link is
 * fetched, straight into the download. Used by the export page and the compare page.
 */
public class ReportDownload extends Div {

    /** What the link downloads, in the chosen language. */
    public interface Report {

        String fileName(Locale locale);

        void write(Locale locale, OutputStream out) throws IOException;
    }

    /** Writes a report in a language. */
    @FunctionalInterface
    public interface Writer {

        void write(Locale locale, OutputStream out) throws IOException;
    }

    /** A report from its file name and its writer, both in the chosen language. */
    public static Report report(Function<Locale, String> fileName, Writer writer) {
        return new Report() {
            @Override
            public String fileName(Locale locale) {
                return fileName.apply(locale);
            }

            @Override
            public void write(Locale locale, OutputStream out) throws IOException {
                writer.write(locale, out);
            }
        };
    }

    private final RadioButtonGroup<Language> language = new RadioButtonGroup<>();
    private final Anchor link = new Anchor();
    private Report report;

    public ReportDownload(String lead, Report report) {
        this.report = report;
        addClassName("report-download");
        language.setLabel(getTranslation("report.download.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(value -> getTranslation("report.download.language." + value.name()));
        language.setValue(Language.of(getLocale()));
        language.addValueChangeListener(change -> update());
        language.addClassName("report-language");
        link.setText(getTranslation("report.download.link"));
        link.addClassNames("report-download-link", "download-button");
        add(new H2(getTranslation("report.download.title")), new Paragraph(lead), language, link);
        update();
    }

    /** Points the link at another report (the compare page's series and filters changed). */
    public void setReport(Report report) {
        this.report = report;
        update();
    }

    private void update() {
        Language chosen = language.getValue() == null ? Language.of(getLocale()) : language.getValue();
        Locale locale = chosen.locale();
        Report current = report;
        DownloadHandler handler = event -> {
            event.setFileName(current.fileName(locale));
            event.setContentType("application/pdf");
            current.write(locale, event.getOutputStream());
        };
        link.setHref(handler, AttachmentType.DOWNLOAD);
        link.getElement().setAttribute("aria-label", getTranslation("report.download.linkIn",
                getTranslation("report.download.language." + chosen.name())));
    }
}
