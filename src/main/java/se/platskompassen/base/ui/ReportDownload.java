package se.platskompassen.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import se.platskompassen.base.DownloadTarget;
import se.platskompassen.questionnaire.Language;

/**
 * A PDF report to download in one of the languages offered (a dialogue's report also in the
 * dialogue's resident languages; a comparison in Swedish or English): a choice of language, each
 * named by its own name, the page's own first, and a link that reads as a button. The report is
 * written only when the link is fetched, straight into the download. Used by the export page and
 * the compare page.
 */
public class ReportDownload extends Div {

    /** What the link downloads: the report in the chosen language, named and written into the download. */
    @FunctionalInterface
    public interface Report {

        void write(Locale locale, DownloadTarget target) throws IOException;
    }

    private final RadioButtonGroup<Language> language = new RadioButtonGroup<>();
    private final Anchor link = new Anchor();
    private Report report;

    public ReportDownload(String lead, Collection<Language> languages, Report report) {
        this.report = report;
        addClassName("report-download");
        language.setLabel(getTranslation("report.download.language"));
        Set<Language> offered = EnumSet.of(Language.SV, Language.EN);
        offered.addAll(languages);
        language.setItems(offered);
        language.setItemLabelGenerator(value -> getTranslation(value.locale(), "language.name"));
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
        DownloadHandler handler = event -> current.write(locale, fileName -> {
            event.setFileName(fileName);
            event.setContentType("application/pdf");
            return event.getOutputStream();
        });
        link.setHref(handler, AttachmentType.DOWNLOAD);
        link.getElement().setAttribute("aria-label", getTranslation("report.download.linkIn",
                getTranslation(chosen.locale(), "language.name")));
    }
}
