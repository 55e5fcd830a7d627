package se.platskompassen.exchange.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import se.platskompassen.exchange.CsvOptions;
import se.platskompassen.exchange.ExportService;
import se.platskompassen.exchange.ExportFormat;
import se.platskompassen.questionnaire.Language;

/**
 * The export part of the export pages: the languages whose responses to include (none chosen:
 * every language), the format, the CSV options, and a download link that follows them. The file is written only when the link is fetched, from the dialogues chosen at
 * the last {@link #refresh()}; with none chosen the link is disabled.
 */
final class ExportChoices extends Div {

    private final ExportService exports;
    private final Supplier<List<Long>> chosenDialogues;
    private final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>();
    private final Checkbox semicolon = new Checkbox();
    private final Checkbox byteOrderMark = new Checkbox();
    private final Anchor download = new Anchor();
    final MultiSelectComboBox<Language> languages = new MultiSelectComboBox<>();

    ExportChoices(ExportService exports, Supplier<List<Long>> chosenDialogues) {
        this.exports = exports;
        this.chosenDialogues = chosenDialogues;
        addClassName("export-choices");
        format.setLabel(getTranslation("exchange.export.format"));
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(value -> getTranslation("exchange.export.format." + value.name()));
        format.setValue(ExportFormat.CSV_WIDE);
        semicolon.setLabel(getTranslation("exchange.export.semicolon"));
        byteOrderMark.setLabel(getTranslation("exchange.export.bom"));
        Div csvOptions = new Div(semicolon, byteOrderMark);
        csvOptions.addClassName("export-options");
        format.addValueChangeListener(change -> {
            csvOptions.setVisible(change.getValue() == null || change.getValue().isCsv());
            refresh();
        });
        semicolon.addValueChangeListener(change -> refresh());
        byteOrderMark.addValueChangeListener(change -> refresh());
        languages.setLabel(getTranslation("exchange.export.languages"));
        languages.setPlaceholder(getTranslation("exchange.export.languages.all"));
        languages.setHelperText(getTranslation("exchange.export.languages.helper"));
        languages.setItems(Language.values());
        languages.setItemLabelGenerator(language -> getTranslation("language." + language.code()));
        languages.addClassName("export-languages");
        languages.addValueChangeListener(change -> refresh());
        download.setText(getTranslation("exchange.export.download"));
        download.addClassNames("export-download", "download-button");
        add(languages, format, csvOptions, download);
        refresh();
    }

    /** Points the download link at the chosen dialogues, format and options. */
    void refresh() {
        List<Long> ids = List.copyOf(chosenDialogues.get());
        ExportFormat chosen = format.getValue() == null ? ExportFormat.CSV_WIDE : format.getValue();
        download.getElement().setAttribute("aria-label", getTranslation("exchange.export.downloadAs",
                getTranslation("exchange.export.format." + chosen.name())));
        if (ids.isEmpty()) {
            download.removeHref();
            download.setEnabled(false);
            return;
        }
        CsvOptions options = new CsvOptions(byteOrderMark.getValue(), semicolon.getValue());
        Set<Language> inLanguages = languages.getValue().isEmpty() ? EnumSet.allOf(Language.class)
                : EnumSet.copyOf(languages.getValue());
        ExportService service = exports;
        DownloadHandler handler = event -> service.download(ids, inLanguages, chosen, options, fileName -> {
            event.setFileName(fileName);
            event.setContentType(chosen.contentType());
            return event.getOutputStream();
        });
        download.setEnabled(true);
        download.setHref(handler, AttachmentType.DOWNLOAD);
    }
}
