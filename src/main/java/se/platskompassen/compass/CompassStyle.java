package se.platskompassen.compass;

import java.awt.Color;

/**
 * The look of the compass, shared by SVG and Java2D: series differ in colour (the Okabe–Ito
 * palette, safe for colour-blind readers), in line style and in marker shape, so that they stay
 * apart in grey print too.
 */
final class CompassStyle {

    static final Color[] COLOURS = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7)};
    /** Dash patterns: solid, dashed, dotted, dash-dot. */
    static final float[][] DASHES = {null, {7f, 4f}, {2f, 3.5f}, {9f, 3f, 2f, 3f}};
    static final Color INK = new Color(0x1F2A2E);
    static final Color MUTED = new Color(0x56656A);
    static final Color GRID = new Color(0xD3DBDE);
    static final Color FACE = new Color(0xF2B134);
    static final float LINE_WIDTH = 2.6f;
    static final double MARKER_SIZE = 5.5;
    static final double NO_ANSWER_RADIUS = 5;
    static final double BAND_ALPHA_ALONE = 0.22;
    static final double BAND_ALPHA = 0.14;
    /** The width of the band's outline, in the series' full colour. */
    static final double BAND_OUTLINE = 1.5;
    static final double AREA_ALPHA = 0.16;

    private CompassStyle() {
    }

    static String hex(Color colour) {
        return String.format("#%06x", colour.getRGB() & 0xFFFFFF);
    }
}
