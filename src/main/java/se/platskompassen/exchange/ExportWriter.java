package se.platskompassen.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.figures.Figures;
import se.platskompassen.figures.GroupFigures;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.response.ResponseService;

/**
 * Writes an export of dialogues already chosen and checked: rows come from the database through a
 * cursor inside one read-only, repeatable-read transaction (the sheets of a workbook agree with
 * each other) and go through a writer thread straight to the output stream, so memory stays flat
 * however many responses there are (docs/decisions/0016-exports-and-imports.md).
 */
@Service
class ExportWriter {

    private static final String APPLICATION = "Platskompassen";

    /** Deflate level of the XLSX: 1 is several times faster than the default and the file hardly larger. */
    static final int XLSX_COMPRESSION = 1;

    private final ExchangeQueries repository;
    private final ClimateExportQueries climate;
    private final ResponseService responses;
    private final Clock clock;
    private final TransactionTemplate snapshot;

    ExportWriter(ExchangeQueries repository, ResponseService responses, Clock clock,
            PlatformTransactionManager transactions, ClimateExportQueries climate) {
        this.repository = repository;
        this.climate = climate;
        this.responses = responses;
        this.clock = clock;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Writes the selection of the organisation's dialogues to {@code out} (flushed, not closed). */
    void write(long organisation, ExportSelection selection, ExportFormat format, CsvOptions options,
            OutputStream out) throws IOException {
        List<ExportedDialogue> selected = selection.rows();
        try (WritePipeline pipeline = new WritePipeline("export-writer")) {
            try {
                snapshot.executeWithoutResult(status -> {
                    Rows rows = new Rows(organisation, selected, selection.languages());
                    switch (format) {
                        case CSV_WIDE -> csv(rows, options, Columns.wide(), Layouts::wide, out, pipeline);
                        case CSV_LONG -> csv(rows, options, Columns.LONG, Layouts::answers, out, pipeline);
                        case CSV_CLIMATE -> climate(rows, options, out, pipeline);
                        case XLSX -> xlsx(rows, figures(selection), out, pipeline);
                    }
                });
            } catch (WritePipeline.WriteFailed failed) {
                throw WritePipeline.rethrow(failed.getCause());
            }
            pipeline.finish();
        }
    }

    /** Whose rows to write: the organisation's chosen dialogues, their responses in these languages. */
    private record Rows(long organisation, List<ExportedDialogue> dialogues, Set<Language> languages) {
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
    private void csv(Rows rows, CsvOptions options, List<String> header, Layout layout, OutputStream out,
            WritePipeline pipeline) {
        Target<CsvExport> csv = new Target<>();
        pipeline.submit(() -> csv.value = CsvExport.start(out, options, header));
        for (ExportedDialogue dialogue : rows.dialogues()) {
            repository.forEachChunk(rows.organisation(), dialogue.id(), rows.languages(), chunk -> pipeline.submit(() -> {
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

    /** The Climate Lens' answers, a dialogue at a time (decision 0038). */
    private void climate(Rows rows, CsvOptions options, OutputStream out, WritePipeline pipeline) {
        Target<CsvExport> csv = new Target<>();
        pipeline.submit(() -> csv.value = CsvExport.start(out, options, ClimateExportQueries.COLUMNS));
        for (ExportedDialogue dialogue : rows.dialogues()) {
            List<ClimateExportQueries.Row> read = climate.rows(rows.organisation(), dialogue.id(), rows.languages());
            pipeline.submit(() -> read.forEach(row -> row.write(dialogue, csv.get())));
        }
        pipeline.submit(() -> {
            csv.get().close();
            out.flush();
        });
    }

    /** The same for the workbook: its sheets one after the other, each from its own pass over the rows. */
    private void xlsx(Rows rows, Map<Long, GroupFigures> figures, OutputStream out, WritePipeline pipeline) {
        Target<Workbook> workbook = new Target<>();
        pipeline.submit(() -> {
            Workbook started = new Workbook(new NonClosingOutputStream(out), APPLICATION, "1.0");
            started.setCompressionLevel(XLSX_COMPRESSION);
            workbook.value = started;
        });
        sheet(rows, pipeline, workbook, "responses", Columns.wide(), Layouts::wide);
        sheet(rows, pipeline, workbook, "answers", Columns.LONG, Layouts::answers);
        sheet(rows, pipeline, workbook, "comments", Columns.COMMENTS,
                (dialogue, response, row) -> Layouts.comments(response, row));
        pipeline.submit(() -> {
            List<String> columns = Layouts.summaryColumns();
            XlsxSheet summary = new XlsxSheet(workbook.get(), clock.getZone(), "summary", columns, widths(columns))
                    .percentFrom(columns.indexOf("share_1")).begin();
            for (ExportedDialogue dialogue : rows.dialogues()) {
                Layouts.summary(dialogue, figures.get(dialogue.id()), false, summary);
            }
            summary.finish();
            workbook.get().finish();
            out.flush();
        });
    }

    private void sheet(Rows rows, WritePipeline pipeline, Target<Workbook> workbook, String name,
            List<String> columns, Layout layout) {
        Target<XlsxSheet> sheet = new Target<>();
        pipeline.submit(() -> sheet.value = new XlsxSheet(workbook.get(), clock.getZone(), name, columns, widths(columns)).begin());
        for (ExportedDialogue dialogue : rows.dialogues()) {
            repository.forEachChunk(rows.organisation(), dialogue.id(), rows.languages(), chunk -> pipeline.submit(() -> {
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

    /**
     * The figures of each dialogue for the summary sheet, read in the same snapshot as the rows:
     * from the answer tally, or, when only some languages are exported, from those responses' answers.
     */
    private Map<Long, GroupFigures> figures(ExportSelection selection) {
        Map<Long, GroupFigures> figures = new LinkedHashMap<>();
        for (Dialogue dialogue : selection.dialogues()) {
            figures.put(dialogue.id(), Figures.of(selection.narrowsLanguages()
                    ? repository.scoreCounts(dialogue, selection.languages()) : responses.scoreCounts(dialogue)));
        }
        return figures;
    }
}
