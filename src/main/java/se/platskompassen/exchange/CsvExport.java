package se.platskompassen.exchange;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes CSV row by row straight to the output (FastCSV; RFC 4180 quoting, CRLF line ends, UTF-8,
 * optionally with a byte order mark). Empty cells are empty fields; free text is neutralised.
 */
final class CsvExport implements RowSink, AutoCloseable {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CsvWriter csv;
    private final String[] cells;
    private int column;
    private long rows;

    private CsvExport(CsvWriter csv, int columns) {
        this.csv = csv;
        this.cells = new String[columns];
    }

    /** Starts a file with its header row. The output is flushed, never closed, at the end. */
    static CsvExport start(OutputStream out, CsvOptions options, List<String> header) throws IOException {
        if (options.byteOrderMark()) {
            out.write(BOM);
        }
        CsvWriter writer = CsvWriter.builder()
                .fieldSeparator(options.separator())
                .lineDelimiter(LineDelimiter.CRLF)
                .build(new NonClosingOutputStream(out), StandardCharsets.UTF_8);
        writer.writeRecord(header);
        return new CsvExport(writer, header.size());
    }

    long rows() {
        return rows;
    }

    @Override
    public void text(@Nullable String freeText) {
        put(FormulaGuard.neutralise(freeText));
    }

    @Override
    public void code(@Nullable String code) {
        put(code);
    }

    @Override
    public void id(String id) {
        put(id);
    }

    @Override
    public void number(@Nullable Number number) {
        put(number == null ? null : number.toString());
    }

    @Override
    public void time(@Nullable Instant time) {
        put(time == null ? null : time.toString());
    }

    @Override
    public void flag(boolean flag) {
        put(flag ? "true" : "false");
    }

    private void put(@Nullable String value) {
        cells[column++] = value == null ? "" : value;
    }

    @Override
    public void endRow() {
        if (column != cells.length) {
            throw new IllegalStateException("A row has " + column + " cells, the header " + cells.length);
        }
        csv.writeRecord(cells);
        column = 0;
        rows++;
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
