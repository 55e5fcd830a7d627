package se.platskompassen.analysis;

import java.util.List;

/**
 * Up to four series side by side. When their scales differ (children's 1–3 against 1–7),
 * {@code normalised} is true and they must be compared on positions 0–1, never on raw scores.
 */
public record Comparison(List<SeriesFigures> series, boolean normalised, int minGroupSize) {

    public Comparison {
        series = List.copyOf(series);
    }
}
