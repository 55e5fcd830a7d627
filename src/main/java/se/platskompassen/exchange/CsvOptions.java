package se.platskompassen.exchange;

/**
 * How a CSV file is written. UTF-8 always; a byte order mark makes Excel read it as UTF-8, and
 * Swedish Excel expects a semicolon between fields (the comma is its decimal separator).
 */
public record CsvOptions(boolean byteOrderMark, boolean semicolon) {

    /** Comma-separated UTF-8 without a byte order mark: what statistics tools expect. */
    public static final CsvOptions STANDARD = new CsvOptions(false, false);

    /** What Excel with Swedish settings opens with a double-click. */
    public static final CsvOptions SWEDISH_EXCEL = new CsvOptions(true, true);

    public char separator() {
        return semicolon ? ';' : ',';
    }
}
