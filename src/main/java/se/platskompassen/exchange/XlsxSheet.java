package se.platskompassen.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * One sheet of an XLSX export, written row by row (FastExcel): a bold, frozen header row with an
 * auto-filter over all rows, real number cells, date cells in Swedish time. Free text and ids are
 * inline strings (a shared-string table would grow with every comment and response); only the few
 * codes are shared strings. Rows go to the output every
 * {@value #FLUSH_EVERY} rows; a sheet that reaches Excel's row limit continues on a second sheet
 * ({@code answers_2}, …).
 */
final class XlsxSheet implements RowSink {

    static final int FLUSH_EVERY = 1000;
    static final String TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

    private final Workbook workbook;
    private final ZoneId zone;
    private final String name;
    private final List<String> header;
    private final List<Double> widths;
    private final int maxRows;
    private @Nullable Worksheet sheet;
    private int part;
    private int row;
    private int column;
    private @Nullable String percentFormat;
    private int percentFrom = Integer.MAX_VALUE;

    /**
     * A sheet called {@code name} with these columns and widths (in characters), its dates in
     * {@code zone}. {@code maxRows} counts the header; Excel's limit in production, smaller in tests
     * of the continuation.
     */
    XlsxSheet(Workbook workbook, ZoneId zone, String name, List<String> header, List<Double> widths, int maxRows) {
        if (header.size() != widths.size()) {
            throw new IllegalArgumentException("One width per column");
        }
        this.workbook = workbook;
        this.zone = zone;
        this.name = name;
        this.header = List.copyOf(header);
        this.widths = List.copyOf(widths);
        this.maxRows = maxRows;
    }

    XlsxSheet(Workbook workbook, ZoneId zone, String name, List<String> header, List<Double> widths) {
        this(workbook, zone, name, header, widths, Worksheet.MAX_ROWS);
    }

    /** Shows the number columns from {@code fromColumn} on as percentages (the summary's shares). */
    XlsxSheet percentFrom(int fromColumn) {
        this.percentFrom = fromColumn;
        this.percentFormat = "0.0%";
        return this;
    }

    /** Starts the sheet (also when no row follows, so that every sheet is there with its header). */
    XlsxSheet begin() {
        current();
        return this;
    }

    private Worksheet current() {
        if (sheet == null) {
            part++;
            Worksheet next = workbook.newWorksheet(part == 1 ? name : name + "_" + part);
            for (int c = 0; c < header.size(); c++) {
                next.inlineString(0, c, header.get(c));
                next.width(c, widths.get(c));
            }
            next.range(0, 0, 0, header.size() - 1).style().bold().set();
            next.freezePane(0, 1);
            sheet = next;
            row = 1;
        }
        return sheet;
    }

    @Override
    public void text(@Nullable String freeText) {
        String value = FormulaGuard.neutralise(freeText);
        if (value != null && !value.isEmpty()) {
            current().inlineString(row, column, value);
        }
        column++;
    }

    @Override
    public void code(@Nullable String code) {
        if (code != null && !code.isEmpty()) {
            current().value(row, column, code);
        }
        column++;
    }

    @Override
    public void id(String id) {
        current().inlineString(row, column, id);
        column++;
    }

    @Override
    public void number(@Nullable Number number) {
        if (number != null) {
            Worksheet ws = current();
            ws.value(row, column, number);
            if (column >= percentFrom && percentFormat != null) {
                ws.style(row, column).format(percentFormat).set();
            }
        }
        column++;
    }

    @Override
    public void time(@Nullable Instant time) {
        if (time != null) {
            Worksheet ws = current();
            ws.value(row, column, LocalDateTime.ofInstant(time, zone));
            ws.style(row, column).format(TIME_FORMAT).set();
        }
        column++;
    }

    @Override
    public void flag(boolean flag) {
        current().value(row, column, flag);
        column++;
    }

    @Override
    public void endRow() {
        if (column != header.size()) {
            throw new IllegalStateException("A row has " + column + " cells, the header " + header.size());
        }
        Worksheet ws = current();
        column = 0;
        row++;
        try {
            if (row % FLUSH_EVERY == 0) {
                ws.flush();
            }
            if (row == maxRows) {
                finishPart();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the sheet (and its last continuation): the filter covers every row written. */
    void finish() throws IOException {
        if (part == 0) {
            current();
        }
        finishPart();
    }

    private void finishPart() throws IOException {
        Worksheet ws = sheet;
        if (ws == null) {
            return;
        }
        ws.setAutoFilter(0, 0, Math.max(row - 1, 0), header.size() - 1);
        ws.finish();
        sheet = null;
    }
}
