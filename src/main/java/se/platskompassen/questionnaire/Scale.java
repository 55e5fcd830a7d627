package se.platskompassen.questionnaire;

/**
 * A whole-number answer scale. The lowest step means "a lot of room for improvement" and lies at
 * the centre of the compass; the highest step lies on the rim.
 */
public enum Scale {
    SEVEN_STEPS(1, 7),
    THREE_STEPS(1, 3);

    private final int min;
    private final int max;

    Scale(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public int steps() {
        return max - min + 1;
    }

    public boolean contains(int score) {
        return score >= min && score <= max;
    }

    /** Position of a score on 0..1, used to compare versions with different scales. */
    public double normalise(double score) {
        return (score - min) / (max - min);
    }
}
