package se.platskompassen.report;

import java.util.Map;
import se.platskompassen.analysis.ProtectedFigures;
import se.platskompassen.questionnaire.Theme;

/**
 * One group in a report, named as the reader sees it, with its figures after the small-group
 * rule, and for a group discussion the scores the group agreed on (empty otherwise).
 */
record ReportSeries(String label, ProtectedFigures figures, Map<Theme, Integer> agreed) {

    ReportSeries {
        agreed = Map.copyOf(agreed);
    }
}
