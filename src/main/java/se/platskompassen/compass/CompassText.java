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
     * names around a circle on a 320 px phone would be 6 px. Sized for a chart about 240 px wide
     * (a 320 px phone less the card's margins): every word at least 12 px. A projector lower than
     * 900 px uses it too, drawn about 570 px high: every word at least 24 px.
     */
    PHONE(27, 25, 0, 25, 36, 1, true),
    /**
     * Theme names around the rim for a projector at least 900 px high (at 1080p every word about
     * 28 px); larger names than this would overlap their neighbours around the circle.
     */
    PROJECTOR(22, 20, 235, 22, 32, 2, false);

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
