package se.platskompassen.compass;

import java.util.ArrayList;
import java.util.List;
import se.platskompassen.questionnaire.Scale;

/**
 * The radial axis of a compass: the lowest value at the centre, the highest on the rim, and a
 * ring with its label at each step. {@link #normalised()} compares versions with different
 * scales on positions 0–1.
 */
public record CompassAxis(double min, double max, List<Double> rings, List<String> ringLabels, boolean faces) {

    public CompassAxis {
        rings = List.copyOf(rings);
        ringLabels = List.copyOf(ringLabels);
        if (rings.size() != ringLabels.size() || max <= min) {
            throw new IllegalArgumentException("Every ring needs a label, and max must exceed min");
        }
    }

    /** One ring per step of the scale; the child version's three steps may be shown as faces. */
    public static CompassAxis of(Scale scale) {
        List<Double> rings = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int step = scale.min(); step <= scale.max(); step++) {
            rings.add((double) step);
            labels.add(String.valueOf(step));
        }
        return new CompassAxis(scale.min(), scale.max(), rings, labels, scale == Scale.THREE_STEPS);
    }

    /** Positions 0–1 (lowest to highest step of any scale), rings at every quarter. */
    public static CompassAxis normalised() {
        return new CompassAxis(0, 1, List.of(0.0, 0.25, 0.5, 0.75, 1.0),
                List.of("0", "25", "50", "75", "100 %"), false);
    }

    /** Where a value lies between the centre (0) and the rim (1). */
    public double fraction(double value) {
        return Math.clamp((value - min) / (max - min), 0.0, 1.0);
    }
}
