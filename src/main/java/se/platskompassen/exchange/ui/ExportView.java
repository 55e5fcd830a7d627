package se.platskompassen.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.platskompassen.base.ui.LimitedUpload;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.base.ui.ReportDownload;
import se.platskompassen.base.ui.StaffPage;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.ui.DialogueLinks;
import se.platskompassen.exchange.ExportService;
import se.platskompassen.exchange.ImportProblem;
import se.platskompassen.exchange.ImportRejectedException;
import se.platskompassen.exchange.ImportReport;
import se.platskompassen.exchange.ImportResult;
import se.platskompassen.exchange.ImportService;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.Role;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.place.PlaceService;
import se.platskompassen.report.ReportService;

/**
 * A dialogue's results as a file (CSV wide or long, or XLSX), streamed as it downloads; its PDF
 * report (docs/decisions/0017-pdf-report.md); and, for
 * those who run dialogues, the import of responses from a CSV file in the wide format: checked
 * first, with every problem shown, and saved only when the person confirms.
 */
@Route(value = "dialogues/:dialogueId/export", layout = MainLayout.class)
@RolesAllowed({Role.ORGANISATION_ADMIN_NAME, Role.FACILITATOR_NAME, Role.ANALYST_NAME})
class ExportView extends StaffPage implements BeforeEnterObserver {

    private final ExportService exports;
    private final ImportService imports;
    private final ReportService reports;
    private final DialogueService dialogues;
    private final PlaceService places;
    private final boolean mayImport;

    private final Div importResult = new Div();
    private @Nullable Dialogue dialogue;
    private byte @Nullable [] uploaded;

    ExportView(ExportService exports, ImportService imports, ReportService reports, DialogueService dialogues,
            PlaceService places, TenantAccess access) {
        this.exports = exports;
        this.imports = imports;
        this.reports = reports;
        this.dialogues = dialogues;
        this.places = places;
        this.mayImport = access.may(Permission.RUN_DIALOGUES);
        addClassName("export-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        findOrNotFound(event, "dialogueId", dialogues::find).ifPresent(this::show);
    }

    private void show(Dialogue shown) {
        dialogue = shown;
        String placeName = places.find(shown.placeId()).map(place -> place.name()).orElse("");
        clearContent();
        setHeading(getTranslation("exchange.title", shown.title()));
        Anchor back = new Anchor(DialogueLinks.dialogue(shown.id()), getTranslation("exchange.back", shown.title()));
        back.addClassName("toolbar-link");
        Paragraph where = new Paragraph(getTranslation("exchange.place", placeName));
        addContent(where, back, exportSection(shown.id()), reportSection(shown));
        if (mayImport) {
            addContent(importSection());
        }
    }

    // --- export -----------------------------------------------------------------------------------

    private Div exportSection(long dialogueId) {
        ExportChoices choices = new ExportChoices(exports, () -> List.of(dialogueId));
        Paragraph care = new Paragraph(getTranslation("exchange.export.care"));
        care.addClassName("hint");
        Div section = new Div(new H2(getTranslation("exchange.export.title")),
                new Paragraph(getTranslation("exchange.export.lead")), choices, care);
        section.addClassName("export-section");
        return section;
    }

    /** The dialogue's PDF report, in the language chosen beside the link: staff's or the dialogue's. */
    private ReportDownload reportSection(Dialogue shown) {
        ReportService service = reports;
        long id = shown.id();
        return new ReportDownload(getTranslation("report.download.lead"), shown.languages(),
                (locale, target) -> service.dialogueReport(id, locale, target));
    }

    // --- import -----------------------------------------------------------------------------------

    private Div importSection() {
        Upload upload = new Upload();
        upload.setUploadHandler(new LimitedUpload(ImportService.MAX_IMPORT_BYTES, data -> {
            // Ready for the next (corrected) file at once: one file at a time is checked.
            upload.clearFileList();
            check(data);
        }, () -> {
            upload.clearFileList();
            notifyError(tooBig());
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportService.MAX_IMPORT_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv", ".txt");
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(rejected -> notifyError(getTranslation("exchange.import.rejected",
                rejected.getFileName())));
        upload.addClassName("import-upload");
        importResult.addClassName("import-result");
        Div section = new Div(new H2(getTranslation("exchange.import.title")),
                new Paragraph(getTranslation("exchange.import.lead")), upload, importResult);
        section.addClassName("import-section");
        return section;
    }

    private UploadI18N uploadTexts() {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("exchange.import.choose"))
                .setMany(getTranslation("exchange.import.choose")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("exchange.import.drop"))
                .setMany(getTranslation("exchange.import.drop")));
        texts.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("exchange.import.oneFile"))
                .setFileIsTooBig(tooBig())
                .setIncorrectFileType(getTranslation("exchange.import.notCsv")));
        return texts;
    }

    private String tooBig() {
        return getTranslation("exchange.import.tooBig", ImportService.MAX_IMPORT_BYTES / (1024 * 1024));
    }

    /** Checks an uploaded file and shows what was found; nothing is saved yet. */
    private void check(byte[] data) {
        Dialogue shown = dialogue;
        if (shown == null) {
            return;
        }
        uploaded = data;
        showReport(imports.checkImport(shown.id(), data));
    }

    private void showReport(ImportReport report) {
        importResult.removeAll();
        if (!report.acceptable()) {
            Paragraph summary = new Paragraph(getTranslation("exchange.import.problems", report.problemCount()));
            summary.addClassName("import-summary");
            summary.getElement().setAttribute("role", "alert");
            importResult.add(summary, problemGrid(report));
            if (report.problemCount() > report.problems().size()) {
                importResult.add(new Paragraph(getTranslation("exchange.import.moreProblems",
                        report.problems().size(), report.problemCount())));
            }
            uploaded = null;
            return;
        }
        Paragraph summary = new Paragraph(getTranslation("exchange.import.found", report.rows(),
                report.newResponses(), report.alreadyThere()));
        summary.addClassName("import-summary");
        importResult.add(summary);
        if (report.newResponses() == 0) {
            importResult.add(new Paragraph(getTranslation("exchange.import.nothingNew")));
            uploaded = null;
            return;
        }
        Button save = new Button(getTranslation("exchange.import.save", report.newResponses()),
                VaadinIcon.UPLOAD.create(), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        Button cancel = new Button(getTranslation("common.cancel"), click -> {
            uploaded = null;
            importResult.removeAll();
        });
        Div buttons = new Div(cancel, save);
        buttons.addClassName("import-buttons");
        importResult.add(buttons);
    }

    private Grid<ImportProblem> problemGrid(ImportReport report) {
        Grid<ImportProblem> grid = new Grid<>();
        grid.addColumn(ImportProblem::row).setHeader(getTranslation("exchange.import.row")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ImportProblem::column).setHeader(getTranslation("exchange.import.column")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(problem -> getTranslation(problem.messageKey(), problem.arguments().toArray()))
                .setHeader(getTranslation("exchange.import.what")).setFlexGrow(1);
        grid.setItems(report.problems());
        grid.setAllRowsVisible(report.problems().size() <= 20);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("exchange.import.problemsLabel"));
        grid.addClassName("import-problems");
        return grid;
    }

    private void save() {
        Dialogue shown = dialogue;
        byte[] data = uploaded;
        if (shown == null || data == null) {
            return;
        }
        try {
            ImportResult result = imports.importCsv(shown.id(), data);
            uploaded = null;
            importResult.removeAll();
            Span done = new Span(getTranslation("exchange.import.saved", result.added(), result.alreadyThere()));
            done.addClassName("import-saved");
            done.getElement().setAttribute("role", "status");
            importResult.add(done);
        } catch (ImportRejectedException rejected) {
            showReport(rejected.report());
        }
    }
}
