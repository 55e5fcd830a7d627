package se.platskompassen.exchange;

/** An import file with problems: nothing was saved. The report says what is wrong where. */
public class ImportRejectedException extends RuntimeException {

    private final transient ImportReport report;

    public ImportRejectedException(ImportReport report) {
        super(report.problemCount() + " problems in the import file; nothing was saved");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
