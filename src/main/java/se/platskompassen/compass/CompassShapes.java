package se.platskompassen.compass;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Theme;

/** Paths and marker shapes of the compass, walked the same way for SVG and Java2D. */
final class CompassShapes {

    private CompassShapes() {
    }

    interface PointSink {
        void accept(double x, double y, boolean first);
    }

    /** The closed polygon through the themes that have a value. */
    static void polygon(CompassLayout layout, @Nullable List<@Nullable Double> values, PointSink sink) {
        if (values == null) {
            return;
        }
        boolean first = true;
        for (Theme theme : Theme.values()) {
            Point2D p = layout.point(theme, values.get(theme.ordinal()));
            if (p != null) {
                sink.accept(p.getX(), p.getY(), first);
                first = false;
            }
        }
    }

    /**
     * The line of a series around the compass: it joins neighbouring themes that both have a
     * value and breaks where a theme has none; a full round closes on the first theme.
     */
    static void line(CompassLayout layout, CompassSeries series, PointSink sink) {
        boolean drawing = false;
        for (int i = 0; i <= Theme.COUNT; i++) {
            Theme theme = Theme.values()[i % Theme.COUNT];
            Point2D p = layout.point(theme, series.value(theme));
            if (p == null) {
                drawing = false;
            } else if (drawing) {
                sink.accept(p.getX(), p.getY(), false);
            } else if (i < Theme.COUNT) {
                sink.accept(p.getX(), p.getY(), true);
                drawing = true;
            }
        }
    }

    /** Marker shapes by series: circle, square, triangle, diamond. */
    static Shape marker(int index, double x, double y) {
        double s = CompassStyle.MARKER_SIZE;
        return switch (index) {
            case 1 -> new Rectangle2D.Double(x - s * 0.85, y - s * 0.85, s * 1.7, s * 1.7);
            case 2 -> polygonOf(x, y - s * 1.1, x + s, y + s * 0.75, x - s, y + s * 0.75);
            case 3 -> polygonOf(x, y - s * 1.15, x + s * 1.15, y, x, y + s * 1.15, x - s * 1.15, y);
            default -> new Ellipse2D.Double(x - s, y - s, 2 * s, 2 * s);
        };
    }

    /** The mouth of a face: turned down at the lowest step, straight in between, a smile at the top. */
    static Path2D mouth(double x, double y, int step, int steps) {
        double mood = steps <= 1 ? 0 : (double) step / (steps - 1) * 2 - 1;
        Path2D mouth = new Path2D.Double();
        mouth.moveTo(x - 3.5, y + 2.5);
        mouth.quadTo(x, y + 2.5 + 3.5 * mood, x + 3.5, y + 2.5);
        return mouth;
    }

    private static Path2D polygonOf(double... xy) {
        Path2D path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }
}
