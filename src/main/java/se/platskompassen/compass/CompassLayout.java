package se.platskompassen.compass;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.LineMetrics;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
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
    static final Font LABEL_FONT = CompassFonts.REGULAR.deriveFont(CompassText.PAGE.labelSize);
    static final Font RING_FONT = CompassFonts.REGULAR.deriveFont(CompassText.PAGE.ringSize);
    static final double LEGEND_ROW = CompassText.PAGE.legendRow;

    private static final double LABEL_GAP = 10;
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

        /** Whether the text was cut to fit (see {@link CompassLayout#fit}). */
        boolean cut() {
            return text.endsWith("\u2026");
        }
    }

    final CompassChart chart;
    final CompassText text;
    final Font labelFont;
    final Font ringFont;
    final Font legendFont;
    final List<RingMark> rings = new ArrayList<>();
    final List<Label> themeLabels = new ArrayList<>();
    final List<LegendEntry> legend = new ArrayList<>();
    /** The drawing's box in its own units: on a page it starts at (0, 0) and is {@link #WIDTH} wide. */
    final double left;
    final double top;
    final double width;
    final double height;

    CompassLayout(CompassChart chart) {
        this(chart, CompassText.PAGE);
    }

    CompassLayout(CompassChart chart, CompassText text) {
        this.chart = chart;
        this.text = text;
        this.labelFont = CompassFonts.REGULAR.deriveFont(text.labelSize);
        this.ringFont = CompassFonts.REGULAR.deriveFont(text.ringSize);
        this.legendFont = CompassFonts.REGULAR.deriveFont(text.legendSize);
        CompassAxis axis = chart.axis();
        for (int i = 0; i < axis.rings().size(); i++) {
            rings.add(new RingMark(RADIUS * axis.fraction(axis.rings().get(i)), axis.ringLabels().get(i), i,
                    axis.rings().size()));
        }
        Rectangle2D bounds = new Rectangle2D.Double(CENTRE_X - RADIUS, CENTRE_Y - RADIUS, 2 * RADIUS, 2 * RADIUS);
        if (text.numbered) {
            layOutNumbers(bounds);
        } else {
            layOutThemeNames(bounds);
        }
        if (text == CompassText.PAGE) {
            left = 0;
            top = 0;
            width = WIDTH;
            height = layOutLegend(PLOT_HEIGHT, PLOT_HEIGHT + LEGEND_TOP_GAP);
        } else {
            double margin = text.labelSize * 0.3;
            left = Math.floor(bounds.getMinX() - margin);
            top = Math.floor(bounds.getMinY() - margin);
            width = Math.ceil(bounds.getMaxX() + margin) - left;
            double plotBottom = Math.ceil(bounds.getMaxY() + margin);
            height = layOutLegend(plotBottom, plotBottom) - top;
        }
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

    /** Theme names wrapped around the rim; {@code bounds} grows to hold them. */
    private void layOutThemeNames(Rectangle2D bounds) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            // The measurer measures with the Graphics2D's own font, not the one given for the block.
            g.setFont(labelFont);
            G2TextMeasurer measurer = new G2TextMeasurer(g);
            FontMetrics widths = g.getFontMetrics(labelFont);
            LineMetrics metrics = labelFont.getLineMetrics("Åg", g.getFontRenderContext());
            double lineHeight = Math.ceil(metrics.getHeight());
            double ascent = metrics.getAscent();
            double anchorRadius = RADIUS + LABEL_GAP * text.labelSize / CompassText.PAGE.labelSize;
            // The names at the top and the bottom are centred on their spoke, between the anchors of
            // their neighbours' names, which run outwards from there: wider, they would run into them.
            double betweenNeighbours = 2 * anchorRadius * Math.sin(2 * Math.PI / Theme.COUNT) - text.labelSize;
            for (Theme theme : Theme.values()) {
                double cos = Math.cos(angle(theme.ordinal()));
                double sin = Math.sin(angle(theme.ordinal()));
                Align align = cos > 0.3 ? Align.START : cos < -0.3 ? Align.END : Align.MIDDLE;
                float wrapWidth = align == Align.MIDDLE ? (float) Math.min(text.labelWidth, betweenNeighbours)
                        : text.labelWidth;
                TextBlock block = TextUtils.createTextBlock(chart.themeNames().get(theme.ordinal()), labelFont, Color.BLACK,
                        wrapWidth, 3, measurer);
                List<String> lines = new ArrayList<>();
                double widest = 0;
                for (Object line : block.getLines()) {
                    lines.add(text((TextLine) line));
                    widest = Math.max(widest, widths.getStringBounds(lines.getLast(), g).getWidth());
                }
                Point2D at = onSpoke(theme.ordinal(), anchorRadius);
                double blockHeight = lines.size() * lineHeight;
                double top = sin < -0.5 ? at.getY() - blockHeight
                        : sin > 0.5 ? at.getY() : at.getY() - blockHeight / 2;
                themeLabels.add(new Label(lines, at.getX(), top + ascent, lineHeight, align));
                double labelLeft = switch (align) {
                    case START -> at.getX();
                    case MIDDLE -> at.getX() - widest / 2;
                    case END -> at.getX() - widest;
                };
                bounds.add(new Rectangle2D.Double(labelLeft, top, widest, blockHeight));
            }
        } finally {
            g.dispose();
        }
    }

    /** The themes' numbers, 1–14, just outside the rim; {@code bounds} grows to hold them. */
    private void layOutNumbers(Rectangle2D bounds) {
        double size = text.labelSize;
        for (Theme theme : Theme.values()) {
            Point2D at = onSpoke(theme.ordinal(), RADIUS + size * 0.9);
            themeLabels.add(new Label(List.of(String.valueOf(theme.ordinal() + 1)), at.getX(), at.getY() + size * 0.36,
                    size, Align.MIDDLE));
            bounds.add(new Rectangle2D.Double(at.getX() - size * 0.65, at.getY() - size * 0.5, size * 1.3, size));
        }
    }

    static String fit(String text, double room) {
        return fit(text, room, LABEL_FONT);
    }

    /**
     * A legend text cut with an ellipsis where it would run into the next column or off the
     * chart (a place's name may be 200 characters); the series' line keeps the full name as its title.
     */
    static String fit(String text, double room, Font font) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            FontMetrics metrics = g.getFontMetrics(font);
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

    /**
     * Legend: one entry per series when several are compared, then the band and "no answer" keys,
     * in rows from {@code legendTop}; returns the bottom of the drawing ({@code plotBottom} without a legend).
     */
    private double layOutLegend(double plotBottom, double legendTop) {
        List<CompassSeries> series = chart.series();
        double row = text.legendRow;
        double scale = text.legendScale();
        int columns = text.legendColumns;
        List<LegendEntry> entries = legendEntries(text == CompassText.PAGE ? LEGEND_TEXT_ROOM : legendRoom(columns));
        if (text != CompassText.PAGE && columns > 1 && entries.stream().anyMatch(LegendEntry::cut)) {
            // Large words on a projector or phone: one entry a row rather than the chart's own words cut short.
            columns = 1;
            entries = legendEntries(legendRoom(columns));
        }
        double column = width / columns;
        double inset = left + 32 * scale;
        boolean keysOnNewRow = series.size() > 1;
        int keysFrom = series.size() > 1 ? series.size() : 0;
        int rowIndex = 0;
        int columnIndex = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (i == keysFrom && keysOnNewRow && columnIndex > 0) {
                rowIndex++;
                columnIndex = 0;
            }
            LegendEntry entry = entries.get(i);
            legend.add(new LegendEntry(entry.series(), entry.text(), inset + columnIndex * column,
                    legendTop + rowIndex * row + row / 2));
            columnIndex++;
            if (columnIndex == columns && i < entries.size() - 1) {
                rowIndex++;
                columnIndex = 0;
            }
        }
        return entries.isEmpty() ? plotBottom : legendTop + (rowIndex + 1) * row;
    }

    /** The room for a legend text in a column of a legend with {@code columns} columns. */
    private double legendRoom(int columns) {
        double scale = text.legendScale();
        return width / columns - 44 * scale - 16 * scale;
    }

    /** The legend's texts, each fitted to {@code room}: one per series when several are compared, then the keys. */
    private List<LegendEntry> legendEntries(double room) {
        List<CompassSeries> series = chart.series();
        List<LegendEntry> entries = new ArrayList<>();
        if (series.size() > 1) {
            for (int i = 0; i < series.size(); i++) {
                entries.add(new LegendEntry(i, fit(series.get(i).label(), room, legendFont), 0, 0));
            }
        }
        if (chart.anyBand()) {
            entries.add(new LegendEntry(LegendEntry.BAND, fit(chart.words().band(), room, legendFont), 0, 0));
        }
        if (chart.anyGaps()) {
            entries.add(new LegendEntry(LegendEntry.NO_ANSWER, fit(chart.words().noAnswer(), room, legendFont), 0, 0));
        }
        return entries;
    }
}
