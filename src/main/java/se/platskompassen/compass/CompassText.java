package se.platskompassen.compass;

/**
 * How large the words of a screen compass are against its plot, for where it is read. The plot
 * keeps its geometry; the drawing grows around it, so larger words leave a smaller circle when
 * the drawing is fitted to the screen.
 */
public enum CompassText {

    /** Theme names around the rim, as on tablets, pages and paper (13 units in a 640-unit drawing). */
    PAGE(13, 11, 118, 13, 24, 2, false),
    /**
     * Numbers 1–14 around the rim and a numbered list of the themes beside the chart: theme
     * names around a circle on a 320 px phone would be 6 px.
     */
    PHONE(24, 21, 0, 21, 34, 1, true),
    /** Theme names around the rim, large enough for the back of a room (at least 24 px at 720p). */
    PROJECTOR(32, 30, 240, 30, 42, 2, false);

    final float labelSize;
    final float ringSize;
    final float labelWidth;
    final float legendSize;
    final double legendRow;
    final int legendColumns;
    final boolean numbered;

    CompassText(float labelSize, float ringSize, float labelWidth, float legendSize, double legendRow,
            int legendColumns, boolean numbered) {
        this.labelSize = labelSize;
        this.ringSize = ringSize;
        this.labelWidth = labelWidth;
        this.legendSize = legendSize;
        this.legendRow = legendRow;
        this.legendColumns = legendColumns;
        this.numbered = numbered;
    }

    /** How much larger than on a page the legend's samples are drawn. */
    double legendScale() {
        return legendSize / PAGE.legendSize;
    }
}
