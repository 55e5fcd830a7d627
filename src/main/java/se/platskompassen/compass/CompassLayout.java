package se.platskompassen.compass;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.LineMetrics;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.text.TextUtils;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Theme;

/**
 * Where everything of a compass goes, computed once and drawn by both the SVG writer and the
 * Java2D painter: fourteen spokes clockwise from the top, the lowest value at the centre and the
 * highest on the rim, a ring per step, wrapped theme names around the rim, the series' points,
 * and the legend rows.
 */
final class CompassLayout {

    static final double WIDTH = 640;
    static final double PLOT_HEIGHT = 480;
    static final double CENTRE_X = WIDTH / 2;
    static final double CENTRE_Y = 240;
    static final double RADIUS = 182;
    static final Font LABEL_FONT = CompassFonts.REGULAR.deriveFont(13f);
    static final Font RING_FONT = CompassFonts.REGULAR.deriveFont(11f);
    static final double LEGEND_ROW = 24;

    private static final double LABEL_GAP = 10;
    private static final float LABEL_WIDTH = 118f;
    private static final double LEGEND_TOP_GAP = 8;
    /** The room for a legend text: half the width, less the sample line before it and a margin. */
    static final double LEGEND_TEXT_ROOM = WIDTH / 2 - 44 - 40;

    enum Align { START, MIDDLE, END }

    /** A wrapped text: its lines and the baseline of the first, lines {@code lineHeight} apart. */
    record Label(List<String> lines, double x, double firstBaseline, double lineHeight, Align align) {
    }

    record RingMark(double radius, String label, int step, int steps) {
    }

    /** One legend entry at a row and column; {@code series} is -1 for the band and -2 for "no answer". */
    record LegendEntry(int series, String text, double x, double y) {
        static final int BAND = -1;
        static final int NO_ANSWER = -2;
    }

    final CompassChart chart;
    final List<RingMark> rings = new ArrayList<>();
    final List<Label> themeLabels = new ArrayList<>();
    final List<LegendEntry> legend = new ArrayList<>();
    final double height;

    CompassLayout(CompassChart chart) {
        this.chart = chart;
        CompassAxis axis = chart.axis();
        for (int i = 0; i < axis.rings().size(); i++) {
            rings.add(new RingMark(RADIUS * axis.fraction(axis.rings().get(i)), axis.ringLabels().get(i), i,
                    axis.rings().size()));
        }
        layOutThemeNames();
        this.height = layOutLegend();
    }

    static Point2D onSpoke(int spoke, double radius) {
        double angle = angle(spoke);
        return new Point2D.Double(CENTRE_X + radius * Math.cos(angle), CENTRE_Y + radius * Math.sin(angle));
    }

    private static double angle(int spoke) {
        return -Math.PI / 2 + spoke * 2 * Math.PI / Theme.COUNT;
    }

    /** The point of a value on a theme's spoke, or null for no value. */
    @Nullable Point2D point(Theme theme, @Nullable Double value) {
        return value == null ? null : onSpoke(theme.ordinal(), RADIUS * chart.axis().fraction(value));
    }

    Point2D rim(Theme theme) {
        return onSpoke(theme.ordinal(), RADIUS);
    }

    private void layOutThemeNames() {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            G2TextMeasurer measurer = new G2TextMeasurer(g);
            LineMetrics metrics = LABEL_FONT.getLineMetrics("Åg", g.getFontRenderContext());
            double lineHeight = Math.ceil(metrics.getHeight());
            double ascent = metrics.getAscent();
            for (Theme theme : Theme.values()) {
                TextBlock block = TextUtils.createTextBlock(chart.themeNames().get(theme.ordinal()), LABEL_FONT, Color.BLACK,
                        LABEL_WIDTH, 3, measurer);
                List<String> lines = new ArrayList<>();
                for (Object line : block.getLines()) {
                    lines.add(text((TextLine) line));
                }
                Point2D at = onSpoke(theme.ordinal(), RADIUS + LABEL_GAP);
                double cos = Math.cos(angle(theme.ordinal()));
                double sin = Math.sin(angle(theme.ordinal()));
                Align align = cos > 0.3 ? Align.START : cos < -0.3 ? Align.END : Align.MIDDLE;
                double blockHeight = lines.size() * lineHeight;
                double top = sin < -0.5 ? at.getY() - blockHeight
                        : sin > 0.5 ? at.getY() : at.getY() - blockHeight / 2;
                themeLabels.add(new Label(lines, at.getX(), top + ascent, lineHeight, align));
            }
        } finally {
            g.dispose();
        }
    }

    /**
     * A legend text cut with an ellipsis where it would run into the next column or off the
     * chart (a place's name may be 200 characters); the series' line keeps the full name as its title.
     */
    static String fit(String text, double room) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            FontMetrics metrics = g.getFontMetrics(LABEL_FONT);
            String oneLine = text.replaceAll("\\s+", " ").strip();
            if (metrics.stringWidth(oneLine) <= room) {
                return oneLine;
            }
            int end = oneLine.length();
            while (end > 1 && metrics.stringWidth(oneLine.substring(0, end).strip() + "\u2026") > room) {
                end = oneLine.offsetByCodePoints(end, -1);
            }
            return oneLine.substring(0, end).strip() + "\u2026";
        } finally {
            g.dispose();
        }
    }

    /** TextUtils makes one fragment per wrapped line. */
    private static String text(TextLine line) {
        return line.getFirstTextFragment().getText().strip();
    }

    /** Legend: one entry per series when several are compared, then the band and "no answer" keys. */
    private double layOutLegend() {
        List<CompassSeries> series = chart.series();
        double top = PLOT_HEIGHT + LEGEND_TOP_GAP;
        double column = WIDTH / 2;
        int row = 0;
        if (series.size() > 1) {
            for (int i = 0; i < series.size(); i++) {
                legend.add(new LegendEntry(i, fit(series.get(i).label(), LEGEND_TEXT_ROOM), 32 + (i % 2) * column,
                        top + (i / 2) * LEGEND_ROW + LEGEND_ROW / 2));
            }
            row = (series.size() + 1) / 2;
        }
        int column2 = 0;
        if (chart.anyBand()) {
            legend.add(new LegendEntry(LegendEntry.BAND, chart.words().band(), 32,
                    top + row * LEGEND_ROW + LEGEND_ROW / 2));
            column2 = 1;
        }
        if (chart.anyGaps()) {
            legend.add(new LegendEntry(LegendEntry.NO_ANSWER, chart.words().noAnswer(), 32 + column2 * column,
                    top + row * LEGEND_ROW + LEGEND_ROW / 2));
        }
        if (chart.anyBand() || chart.anyGaps()) {
            row++;
        }
        return row == 0 ? PLOT_HEIGHT : top + row * LEGEND_ROW;
    }
}
