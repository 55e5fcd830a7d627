package se.platskompassen.compass;

import java.util.List;
import se.platskompassen.questionnaire.Theme;

/**
 * Everything a compass shows: the axis, the fourteen theme names in theme order (already in the
 * reader's language), up to four series, and the words of the chart itself.
 */
public record CompassChart(CompassAxis axis, List<String> themeNames, List<CompassSeries> series, Words words) {

    public static final int MAX_SERIES = 4;

    public CompassChart {
        themeNames = List.copyOf(themeNames);
        series = List.copyOf(series);
        if (themeNames.size() != Theme.COUNT) {
            throw new IllegalArgumentException("A compass names all fourteen themes");
        }
        if (series.size() > MAX_SERIES) {
            throw new IllegalArgumentException("A compass shows at most " + MAX_SERIES + " series");
        }
    }

    /**
     * @param title what the chart shows, for screen readers (the SVG's title)
     * @param noAnswer the legend entry for a theme without an answer
     * @param band the legend entry for the band between the quartiles
     */
    public record Words(String title, String noAnswer, String band) {
    }

    public boolean anyGaps() {
        return series.stream().anyMatch(CompassSeries::showsGaps);
    }

    /**
     * Whether quartile bands are drawn: for one or two groups. With three or four, overlapping
     * bands would hide the lines; the table beside the chart still gives the quartiles.
     */
    public boolean showsBands() {
        return series.size() <= 2;
    }

    public boolean anyBand() {
        return showsBands() && series.stream().anyMatch(CompassSeries::hasBand);
    }
}
