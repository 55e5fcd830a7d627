package se.platskompassen.compass;

import static se.platskompassen.compass.CompassLayout.CENTRE_X;
import static se.platskompassen.compass.CompassLayout.CENTRE_Y;
import static se.platskompassen.compass.CompassStyle.COLOURS;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Theme;

/** Draws a laid-out compass with Java2D: for PNG images and PDF pages. */
final class CompassPainter {

    private static final BasicStroke GRID_STROKE = new BasicStroke(1f);
    private static final BasicStroke THIN = new BasicStroke(1.5f);

    private final CompassLayout layout;

    CompassPainter(CompassLayout layout) {
        this.layout = layout;
    }

    void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        paintGrid(g);
        paintThemeNames(g);
        List<CompassSeries> series = layout.chart.series();
        for (int i = 0; i < series.size(); i++) {
            paintBandOrArea(g, series.get(i), i, series.size());
        }
        for (int i = 0; i < series.size(); i++) {
            paintLine(g, series.get(i), i);
        }
        for (int i = 0; i < series.size(); i++) {
            paintMarkers(g, series.get(i), i);
        }
        paintLegend(g);
    }

    private void paintGrid(Graphics2D g) {
        g.setStroke(GRID_STROKE);
        g.setPaint(CompassStyle.GRID);
        for (CompassLayout.RingMark ring : layout.rings) {
            double r = ring.radius();
            if (r > 0) {
                g.draw(new Ellipse2D.Double(CENTRE_X - r, CENTRE_Y - r, 2 * r, 2 * r));
            }
        }
        for (Theme theme : Theme.values()) {
            g.draw(new Line2D.Double(new Point2D.Double(CENTRE_X, CENTRE_Y), layout.rim(theme)));
        }
        g.setFont(CompassLayout.RING_FONT);
        for (CompassLayout.RingMark ring : layout.rings) {
            if (layout.chart.axis().faces()) {
                paintFace(g, CENTRE_X + 15, CENTRE_Y - ring.radius() + 9, ring.step(), ring.steps());
            } else {
                g.setPaint(CompassStyle.MUTED);
                g.drawString(ring.label(), (float) (CENTRE_X + 4), (float) (CENTRE_Y - ring.radius() + 12));
            }
        }
    }

    /** A small face for a step of the child version: sad at the lowest step, happy at the highest. */
    private static void paintFace(Graphics2D g, double x, double y, int step, int steps) {
        double r = 7;
        g.setPaint(CompassStyle.FACE);
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        g.setPaint(CompassStyle.INK);
        g.setStroke(new BasicStroke(1.3f));
        g.fill(new Ellipse2D.Double(x - 3.2, y - 2.8, 1.8, 1.8));
        g.fill(new Ellipse2D.Double(x + 1.4, y - 2.8, 1.8, 1.8));
        g.draw(CompassShapes.mouth(x, y, step, steps));
    }

    private void paintThemeNames(Graphics2D g) {
        g.setFont(CompassLayout.LABEL_FONT);
        g.setPaint(CompassStyle.INK);
        var metrics = g.getFontMetrics();
        for (CompassLayout.Label label : layout.themeLabels) {
            double y = label.firstBaseline();
            for (String line : label.lines()) {
                double width = metrics.getStringBounds(line, g).getWidth();
                double x = switch (label.align()) {
                    case START -> label.x();
                    case MIDDLE -> label.x() - width / 2;
                    case END -> label.x() - width;
                };
                CompassFonts.draw(g, line, (float) x, (float) y);
                y += label.lineHeight();
            }
        }
    }

    private void paintBandOrArea(Graphics2D g, CompassSeries series, int index, int seriesCount) {
        Color colour = COLOURS[index];
        boolean alone = seriesCount == 1;
        if (series.hasBand() && layout.chart.showsBands()) {
            Path2D band = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            band.append(polygon(series.upper()), false);
            band.append(polygon(series.lower()), false);
            paintBand(g, band, index, alone);
        } else if (alone && !series.hasGaps()) {
            g.setPaint(translucent(colour, CompassStyle.AREA_ALPHA));
            g.fill(polygon(series.values()));
        }
    }

    private static CompassShapes.PointSink into(Path2D path) {
        return (x, y, first) -> {
            if (first) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        };
    }

    private Path2D polygon(@Nullable List<@Nullable Double> values) {
        Path2D path = new Path2D.Double();
        CompassShapes.polygon(layout, values, into(path));
        if (path.getCurrentPoint() != null) {
            path.closePath();
        }
        return path;
    }

    private void paintLine(Graphics2D g, CompassSeries series, int index) {
        Path2D line = new Path2D.Double();
        CompassShapes.line(layout, series, into(line));
        g.setPaint(COLOURS[index]);
        float[] dash = CompassStyle.DASHES[index];
        g.setStroke(dash == null
                ? new BasicStroke(CompassStyle.LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(CompassStyle.LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
        g.draw(line);
    }

    private void paintMarkers(Graphics2D g, CompassSeries series, int index) {
        g.setStroke(THIN);
        for (Theme theme : Theme.values()) {
            Point2D p = layout.point(theme, series.value(theme));
            if (p == null) {
                if (series.marksGaps()) {
                    paintNoAnswer(g, layout.rim(theme), COLOURS[index]);
                }
            } else {
                paintMarker(g, index, p.getX(), p.getY());
            }
        }
    }

    private static void paintMarker(Graphics2D g, int index, double x, double y) {
        Shape marker = CompassShapes.marker(index, x, y);
        g.setPaint(COLOURS[index]);
        g.fill(marker);
        g.setPaint(Color.WHITE);
        g.draw(marker);
    }

    /** A theme without an answer: an open circle with a stroke through it on the rim, never a zero. */
    private static void paintNoAnswer(Graphics2D g, Point2D at, Color colour) {
        double r = CompassStyle.NO_ANSWER_RADIUS;
        Ellipse2D circle = new Ellipse2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
        g.setPaint(Color.WHITE);
        g.fill(circle);
        g.setPaint(colour);
        g.draw(circle);
        g.draw(new Line2D.Double(at.getX() - r * 0.7, at.getY() + r * 0.7, at.getX() + r * 0.7, at.getY() - r * 0.7));
    }

    private void paintLegend(Graphics2D g) {
        g.setFont(CompassLayout.LABEL_FONT);
        for (CompassLayout.LegendEntry entry : layout.legend) {
            double x = entry.x();
            double y = entry.y();
            switch (entry.series()) {
                case CompassLayout.LegendEntry.BAND -> paintBandKeys(g, x, y);
                case CompassLayout.LegendEntry.NO_ANSWER -> {
                    g.setStroke(THIN);
                    paintNoAnswer(g, new Point2D.Double(x + 17, y), CompassStyle.MUTED);
                }
                default -> {
                    int i = entry.series();
                    Path2D sample = new Path2D.Double();
                    sample.moveTo(x, y);
                    sample.lineTo(x + 34, y);
                    paintLineSample(g, i, sample);
                    g.setStroke(THIN);
                    paintMarker(g, i, x + 17, y);
                }
            }
            g.setPaint(CompassStyle.INK);
            CompassFonts.draw(g, entry.text(), (float) (x + 44), (float) (y + 4.5));
        }
    }

    /** The band as the SVG draws it: translucent fill, outlined in the series' full colour. */
    private static void paintBand(Graphics2D g, Shape band, int index, boolean alone) {
        g.setPaint(translucent(COLOURS[index], alone ? CompassStyle.BAND_ALPHA_ALONE : CompassStyle.BAND_ALPHA));
        g.fill(band);
        g.setPaint(COLOURS[index]);
        g.setStroke(new BasicStroke((float) CompassStyle.BAND_OUTLINE));
        g.draw(band);
    }

    /** The band's key, drawn exactly as each band is, side by side when two groups have one. */
    private void paintBandKeys(Graphics2D g, double x, double y) {
        List<CompassSeries> series = layout.chart.series();
        List<Integer> banded = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            if (series.get(i).hasBand()) {
                banded.add(i);
            }
        }
        double each = 34.0 / Math.max(1, banded.size());
        for (int i = 0; i < banded.size(); i++) {
            paintBand(g, new Rectangle2D.Double(x + i * each, y - 7, each, 14), banded.get(i), series.size() == 1);
        }
    }

    private static void paintLineSample(Graphics2D g, int index, Path2D sample) {
        float[] dash = CompassStyle.DASHES[index];
        g.setPaint(COLOURS[index]);
        g.setStroke(dash == null ? new BasicStroke(CompassStyle.LINE_WIDTH)
                : new BasicStroke(CompassStyle.LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
        g.draw(sample);
    }

    private static Color translucent(Color colour, double alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), (int) Math.round(alpha * 255));
    }
}
