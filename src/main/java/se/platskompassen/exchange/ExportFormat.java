package se.platskompassen.exchange;

/** The files a dialogue's responses can be exported as. */
public enum ExportFormat {
    /** One row per response: background, one column per theme score, the two comments per theme. */
    CSV_WIDE("csv", "text/csv; charset=UTF-8", "responses"),
    /** One row per answer. */
    CSV_LONG("csv", "text/csv; charset=UTF-8", "answers"),
    /** One row per climate answer of the Climate Lens (decision 0038), in their own columns. */
    CSV_CLIMATE("csv", "text/csv; charset=UTF-8", "climate"),
    /** Sheets: responses (wide), answers (long), comments and a per-theme summary. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "results");

    private final String extension;
    private final String contentType;
    private final String fileKind;

    ExportFormat(String extension, String contentType, String fileKind) {
        this.extension = extension;
        this.contentType = contentType;
        this.fileKind = fileKind;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** What the file holds, as the end of its name: {@code responses}, {@code answers}, {@code results}. */
    String fileKind() {
        return fileKind;
    }

    public boolean isCsv() {
        return this != XLSX;
    }
}
