package se.platskompassen.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.base.NotFoundException;
import se.platskompassen.base.SafeFileName;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.figures.Figures;
import se.platskompassen.figures.GroupFigures;
import se.platskompassen.organisation.Actor;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.response.RecordedResponse;
import se.platskompassen.response.ResponseCounts;
import se.platskompassen.response.ResponseService;

/**
 * Exports of the organisation's dialogues (CSV wide and long, XLSX) and the import of responses
 * from a CSV file in the wide format. Staff only: exports need {@link Permission#EXPORT}, imports
 * {@link Permission#RUN_DIALOGUES}; a dialogue id of another organisation is not found, exactly
 * like one that does not exist. Every export and import is recorded in the audit log.
 *
 * <p>Exports stream: rows come from the database through a cursor inside a read-only
 * transaction and go straight to the output stream, so memory stays flat however many responses
 * there are (docs/decisions/0016-exports-and-imports.md).
 */
@Service
public class ExchangeService {

    /**
     * The largest import file taken, in bytes (the upload is held in memory while it is checked;
     * a larger one is refused while it streams, and spring.servlet.multipart limits the request).
     */
    public static final int MAX_IMPORT_BYTES = 20 * 1024 * 1024;

    private static final String APPLICATION = "Platskompassen";

    /** Deflate level of the XLSX: 1 is several times faster than the default and the file hardly larger. */
    static final int XLSX_COMPRESSION = 1;

    private final ExchangeQueries repository;
    private final DialogueService dialogues;
    private final PlaceService places;
    private final ResponseService responses;
    private final QuestionnaireCatalog catalog;
    private final TenantAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate snapshot;

    ExchangeService(ExchangeQueries repository, DialogueService dialogues, PlaceService places,
            ResponseService responses, QuestionnaireCatalog catalog, TenantAccess access, AuditLog audit, Clock clock,
            PlatformTransactionManager transactions) {
        this.repository = repository;
        this.dialogues = dialogues;
        this.places = places;
        this.responses = responses;
        this.catalog = catalog;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        // One snapshot for the whole export: the sheets of a workbook agree with each other.
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    // --- exports ----------------------------------------------------------------------------------

    /** A safe file name for an export of one of the organisation's dialogues, e.g. {@code stora-torget-12-responses-2026-05-01.csv}. */
    public String fileName(long dialogueId, ExportFormat format) {
        return fileName(List.of(dialogueId), format);
    }

    /** A safe file name for an export of several of the organisation's dialogues. */
    public String fileName(List<Long> dialogueIds, ExportFormat format) {
        List<ExportedDialogue> selected = selection(dialogueIds);
        String date = LocalDate.now(clock).toString();
        if (selected.size() == 1) {
            ExportedDialogue only = selected.getFirst();
            return SafeFileName.of(format.extension(), SafeFileName.part(only.title()), String.valueOf(only.id()),
                    format.fileKind(), date);
        }
        return SafeFileName.of(format.extension(), "platskompassen", selected.size() + "-dialogues",
                format.fileKind(), date);
    }

    /** Writes an export of one of the organisation's dialogues to {@code out} (flushed, not closed). */
    public void export(long dialogueId, ExportFormat format, CsvOptions options, OutputStream out) throws IOException {
        export(List.of(dialogueId), format, options, out);
    }

    /**
     * Writes an export of several of the organisation's dialogues, one after the other, to
     * {@code out}. Every id must be one of the organisation's dialogues, or nothing is written.
     * {@code options} apply to CSV only.
     */
    public void export(List<Long> dialogueIds, ExportFormat format, CsvOptions options, OutputStream out)
            throws IOException {
        Actor actor = access.require(Permission.EXPORT);
        long organisation = access.organisation(Permission.EXPORT);
        List<ExportedDialogue> selected = selection(dialogueIds);
        audit.record(organisation, actor.username(), AuditAction.EXPORT, describe(selected, format, options));
        try (WritePipeline pipeline = new WritePipeline("export-writer")) {
            try {
                snapshot.executeWithoutResult(status -> {
                    switch (format) {
                        case CSV_WIDE -> csv(organisation, selected, options, Columns.wide(), Layouts::wide, out,
                                pipeline);
                        case CSV_LONG -> csv(organisation, selected, options, Columns.LONG, Layouts::answers, out,
                                pipeline);
                        case XLSX -> xlsx(organisation, selected, figures(selected), out, pipeline);
                    }
                });
            } catch (WritePipeline.WriteFailed failed) {
                throw WritePipeline.rethrow(failed.getCause());
            }
            pipeline.finish();
        }
    }

    /** The most responses {@link #responsePage} reads at once (a page, and one to see whether more follow). */
    public static final int MAX_PAGE = 1001;

    /**
     * One page of the responses of one of the organisation's dialogues, with their answers: the
     * content of the wide export, in its order, after {@code after} (from the first when null).
     * Read from the database page by page, never all at once. Needs {@link Permission#EXPORT};
     * another organisation's dialogue is not found. The caller records the export in the audit log.
     */
    @Transactional(readOnly = true)
    public List<ExportedResponse> responsePage(long dialogueId, @Nullable ResponsePosition after, int limit) {
        long organisation = access.organisation(Permission.EXPORT);
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE + " responses");
        }
        Dialogue dialogue = dialogues.find(dialogueId).orElseThrow(() -> new NotFoundException("Dialogue"));
        return repository.page(organisation, dialogue.id(), after, limit);
    }

    private interface Layout {
        void write(ExportedDialogue dialogue, ExportedResponse response, RowSink row);
    }

    /** What the writer thread writes into; made and used on that thread only. */
    private static final class Target<T> {
        private @Nullable T value;

        T get() {
            T current = value;
            if (current == null) {
                throw new IllegalStateException("Not started");
            }
            return current;
        }
    }

    /**
     * Reads (on this thread, in the transaction) and hands each chunk to the writer thread, which
     * writes the CSV straight to {@code out}.
     */
    private void csv(long organisation, List<ExportedDialogue> selected, CsvOptions options, List<String> header,
            Layout layout, OutputStream out, WritePipeline pipeline) {
        Target<CsvExport> csv = new Target<>();
        pipeline.submit(() -> csv.value = CsvExport.start(out, options, header));
        for (ExportedDialogue dialogue : selected) {
            repository.forEachChunk(organisation, dialogue.id(), chunk -> pipeline.submit(() -> {
                for (ExportedResponse response : chunk) {
                    layout.write(dialogue, response, csv.get());
                }
            }));
        }
        pipeline.submit(() -> {
            csv.get().close();
            out.flush();
        });
    }

    /** The same for the workbook: its sheets one after the other, each from its own pass over the rows. */
    private void xlsx(long organisation, List<ExportedDialogue> selected, Map<Long, GroupFigures> figures,
            OutputStream out, WritePipeline pipeline) {
        Target<Workbook> workbook = new Target<>();
        pipeline.submit(() -> {
            Workbook started = new Workbook(new NonClosingOutputStream(out), APPLICATION, "1.0");
            started.setCompressionLevel(XLSX_COMPRESSION);
            workbook.value = started;
        });
        sheet(organisation, selected, pipeline, workbook, "responses", Columns.wide(), Layouts::wide);
        sheet(organisation, selected, pipeline, workbook, "answers", Columns.LONG, Layouts::answers);
        sheet(organisation, selected, pipeline, workbook, "comments", Columns.COMMENTS,
                (dialogue, response, row) -> Layouts.comments(response, row));
        pipeline.submit(() -> {
            List<String> columns = Layouts.summaryColumns();
            XlsxSheet summary = new XlsxSheet(workbook.get(), clock.getZone(), "summary", columns, widths(columns))
                    .percentFrom(columns.size() - Layouts.MAX_STEPS).begin();
            for (ExportedDialogue dialogue : selected) {
                Layouts.summary(dialogue, figures.get(dialogue.id()), summary);
            }
            summary.finish();
            workbook.get().finish();
            out.flush();
        });
    }

    private void sheet(long organisation, List<ExportedDialogue> selected, WritePipeline pipeline,
            Target<Workbook> workbook, String name, List<String> columns, Layout layout) {
        Target<XlsxSheet> sheet = new Target<>();
        pipeline.submit(() -> sheet.value = new XlsxSheet(workbook.get(), clock.getZone(), name, columns, widths(columns)).begin());
        for (ExportedDialogue dialogue : selected) {
            repository.forEachChunk(organisation, dialogue.id(), chunk -> pipeline.submit(() -> {
                for (ExportedResponse response : chunk) {
                    layout.write(dialogue, response, sheet.get());
                }
            }));
        }
        pipeline.submit(() -> sheet.get().finish());
    }

    /** Column widths in characters: wide enough for ids, times and headers, more for free text. */
    private static List<Double> widths(List<String> columns) {
        return columns.stream().map(column -> switch (column) {
            case Columns.RESPONSE_ID -> 38.0;
            case Columns.DIALOGUE_TITLE, Columns.PLACE, Columns.AREA, Columns.TEXT -> 30.0;
            case Columns.QUESTIONNAIRE_HASH -> 20.0;
            case Columns.STARTED_AT, Columns.COMPLETED_AT -> 20.0;
            default -> column.endsWith(Columns.WORKS_WELL_SUFFIX) || column.endsWith(Columns.COULD_BE_BETTER_SUFFIX)
                    || column.equals(Columns.WORKS_WELL) || column.equals(Columns.COULD_BE_BETTER) ? 30.0
                    : Math.max(10.0, column.length() + 4.0);
        }).toList();
    }

    /** The dialogues to export, each with its place's name; refuses ids of other organisations as unknown. */
    private List<ExportedDialogue> selection(List<Long> dialogueIds) {
        access.organisation(Permission.EXPORT);
        if (dialogueIds.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one dialogue");
        }
        Map<Long, ExportedDialogue> selected = new LinkedHashMap<>();
        for (long id : dialogueIds) {
            Dialogue dialogue = dialogues.find(id).orElseThrow(() -> new NotFoundException("Dialogue"));
            String place = places.find(dialogue.placeId()).map(Place::name).orElse("");
            selected.putIfAbsent(id, new ExportedDialogue(dialogue.id(), dialogue.title(), place, dialogue.version()));
        }
        return List.copyOf(selected.values());
    }

    private Map<Long, GroupFigures> figures(List<ExportedDialogue> selected) {
        Map<Long, GroupFigures> figures = new LinkedHashMap<>();
        for (ExportedDialogue exported : selected) {
            Dialogue dialogue = dialogues.find(exported.id()).orElseThrow(() -> new NotFoundException("Dialogue"));
            figures.put(exported.id(), Figures.of(responses.scoreCounts(dialogue)));
        }
        return figures;
    }

    private String describe(List<ExportedDialogue> selected, ExportFormat format, CsvOptions options) {
        String what = switch (format) {
            case CSV_WIDE -> "CSV, one row per response";
            case CSV_LONG -> "CSV, one row per answer";
            case XLSX -> "XLSX";
        };
        if (format.isCsv()) {
            what += options.semicolon() ? ", semicolons" : ", commas";
            what += options.byteOrderMark() ? ", with BOM" : "";
        }
        long total = 0;
        List<String> names = new ArrayList<>();
        for (ExportedDialogue dialogue : selected) {
            Dialogue found = dialogues.find(dialogue.id()).orElseThrow(() -> new NotFoundException("Dialogue"));
            ResponseCounts counts = responses.counts(found);
            total += counts.started();
            names.add("\u201c" + dialogue.title() + "\u201d (" + dialogue.id() + ")");
        }
        return what + ", " + total + " responses of " + String.join(", ", names);
    }

    // --- import -----------------------------------------------------------------------------------

    /**
     * Checks a CSV file in the wide export format for import into one of the organisation's
     * dialogues: every problem, and how many responses it would add. Saves nothing.
     */
    @Transactional(readOnly = true)
    public ImportReport checkImport(long dialogueId, byte[] csv) {
        Dialogue dialogue = importTarget(dialogueId);
        return check(dialogue, csv).report();
    }

    /**
     * Imports a CSV file in the wide export format into one of the organisation's dialogues, all
     * at once in one transaction: when the file has any problem, nothing is saved and
     * {@link ImportRejectedException} carries the report. Responses whose id is already in the
     * dialogue are left as they are, so importing the same file twice adds nothing.
     */
    @Transactional
    public ImportResult importCsv(long dialogueId, byte[] csv) {
        Actor actor = access.require(Permission.RUN_DIALOGUES);
        Dialogue dialogue = importTarget(dialogueId);
        Checked checked = check(dialogue, csv);
        if (!checked.report().acceptable()) {
            throw new ImportRejectedException(checked.report());
        }
        int added = responses.record(dialogue, checked.fresh());
        int already = checked.rows() - added;
        audit.record(dialogue.organisationId(), actor.username(), AuditAction.IMPORT, added
                + " responses imported into \u201c" + dialogue.title() + "\u201d (" + dialogue.id() + "), " + already
                + " were there already");
        return new ImportResult(added, already);
    }

    private Dialogue importTarget(long dialogueId) {
        access.organisation(Permission.RUN_DIALOGUES);
        return dialogues.find(dialogueId).orElseThrow(() -> new NotFoundException("Dialogue"));
    }

    private record Checked(ImportReport report, List<RecordedResponse> fresh, int rows) {
    }

    private Checked check(Dialogue dialogue, byte[] csv) {
        if (csv.length > MAX_IMPORT_BYTES) {
            ImportProblem tooLarge = ImportProblem.of(1, "", "tooLarge", MAX_IMPORT_BYTES / (1024 * 1024));
            return new Checked(new ImportReport(0, 0, 0, List.of(tooLarge), 1), List.of(), 0);
        }
        CsvImport.Parsed parsed = CsvImport.read(csv, dialogue, catalog, clock);
        List<ImportProblem> problems = new ArrayList<>(parsed.problems());
        Map<UUID, Long> existing = repository.dialoguesOf(
                parsed.rows().stream().map(row -> row.response().id()).toList());
        Map<String, UUID> formNumbers = new HashMap<>(repository.formNumbersOf(dialogue.id()));
        Map<String, Integer> formNumberRows = new HashMap<>();
        List<RecordedResponse> fresh = new ArrayList<>();
        int already = 0;
        for (CsvImport.Row row : parsed.rows()) {
            RecordedResponse response = row.response();
            Long holder = existing.get(response.id());
            if (holder != null && holder != dialogue.id()) {
                problems.add(ImportProblem.of(row.row(), Columns.RESPONSE_ID, "responseIdInUse"));
                continue;
            }
            String number = response.formNumber();
            if (number != null) {
                String key = number.toLowerCase(Locale.ROOT);
                Integer earlierRow = formNumberRows.putIfAbsent(key, row.row());
                UUID numbered = formNumbers.get(key);
                if (earlierRow != null) {
                    problems.add(ImportProblem.of(row.row(), Columns.FORM_NUMBER, "formNumberTwice", number,
                            earlierRow));
                    continue;
                }
                if (numbered != null && !numbered.equals(response.id())) {
                    problems.add(ImportProblem.of(row.row(), Columns.FORM_NUMBER, "formNumberInUse", number));
                    continue;
                }
            }
            if (holder == null) {
                fresh.add(response);
            } else {
                already++;
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        boolean acceptable = problems.isEmpty();
        int rows = parsed.dataRows();
        ImportReport report = new ImportReport(rows, acceptable ? fresh.size() : 0, acceptable ? already : 0,
                problems.subList(0, Math.min(problems.size(), ImportReport.MAX_LISTED)), problems.size());
        return new Checked(report, acceptable ? fresh : List.of(), rows);
    }
}
