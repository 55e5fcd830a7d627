package se.platskompassen.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the report of a comparison prints: the organisation, what the filter narrows to (in
 * the reader's words), the series after the small-group rule, and whether they are compared on
 * normalised positions because their scales differ.
 */
record ComparisonReport(String organisation, List<String> filter, List<ReportSeries> series, boolean normalised,
        int minGroupSize, LocalDate reportDate, List<String> themeNames) {

    ComparisonReport {
        filter = List.copyOf(filter);
        series = List.copyOf(series);
        themeNames = List.copyOf(themeNames);
    }
}
