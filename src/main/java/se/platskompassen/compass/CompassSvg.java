package se.platskompassen.compass;

import static se.platskompassen.compass.CompassLayout.CENTRE_X;
import static se.platskompassen.compass.CompassLayout.CENTRE_Y;
import static se.platskompassen.compass.CompassStyle.COLOURS;
import static se.platskompassen.compass.CompassStyle.hex;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Theme;

/**
 * Writes a laid-out compass as a compact SVG: shared styles as classes, vertex markers as SVG
 * markers, one decimal. Text stays text (selectable, read by screen readers through the title
 * and the table beside the chart). All ids start with {@code pkc-}; every compass defines them
 * (a compass with other words than a page's, {@link CompassText}, has ids and line rules of its
 * own: a marker is drawn only from an SVG that is shown, and both variants share one page)
 * identically, so several compasses can share a page.
 */
final class CompassSvg {

    private final CompassLayout layout;
    private final String accessibleName;
    private final StringBuilder svg = new StringBuilder(7 * 1024);

    CompassSvg(CompassLayout layout, String accessibleName) {
        this.layout = layout;
        this.accessibleName = accessibleName;
    }

    String write() {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(num(layout.left)).append(' ')
                .append(num(layout.top)).append(' ').append(num(layout.width)).append(' ')
                .append(num(Math.ceil(layout.height))).append("\" role=\"img\" aria-label=\"").append(escape(accessibleName))
                .append("\" class=\"compass-svg compass-").append(layout.text.name().toLowerCase(Locale.ROOT))
                .append("\"><title>").append(escape(layout.chart.words().title())).append("</title>");
        styles();
        grid();
        themeNames();
        List<CompassSeries> series = layout.chart.series();
        for (int i = 0; i < series.size(); i++) {
            bandOrArea(series.get(i), i, series.size() == 1);
        }
        for (int i = 0; i < series.size(); i++) {
            line(series.get(i), i);
        }
        for (int i = 0; i < series.size(); i++) {
            noAnswers(series.get(i), i);
        }
        CompassSvgLegend.write(svg, layout, this);
        return svg.append("</svg>").toString();
    }

    private void styles() {
        svg.append("<style>.g{fill:none;stroke:").append(hex(CompassStyle.GRID))
                .append("}.r{font:11px sans-serif;fill:").append(hex(CompassStyle.MUTED))
                .append("}.t{font:13px sans-serif;fill:").append(hex(CompassStyle.INK))
                .append("}.m{text-anchor:middle}.e{text-anchor:end}.n{fill:#fff;stroke:currentColor;stroke-width:1.5}");
        int count = Math.max(layout.chart.series().size(), 1);
        for (int i = 0; i < count; i++) {
            String colour = hex(COLOURS[i]);
            float[] dash = CompassStyle.DASHES[i];
            svg.append(scope()).append(".s").append(i).append("{fill:none;stroke:").append(colour).append(";stroke-width:")
                    .append(num(CompassStyle.LINE_WIDTH)).append(";stroke-linejoin:round");
            if (dash == null) {
                svg.append(";stroke-linecap:round");
            } else {
                svg.append(";stroke-dasharray:");
                for (int d = 0; d < dash.length; d++) {
                    svg.append(d == 0 ? "" : " ").append(num(dash[d]));
                }
            }
            svg.append(";marker:url(#").append(id("m")).append(i).append(")}.c").append(i).append("{color:").append(colour)
                    .append("}");
        }
        svg.append("</style><defs>");
        for (int i = 0; i < count; i++) {
            svg.append("<marker id=\"").append(id("m")).append(i)
                    .append("\" markerUnits=\"userSpaceOnUse\" markerWidth=\"16\" markerHeight=\"16\" viewBox=\"-8 -8 16 16\"")
                    .append(" refX=\"0\" refY=\"0\" overflow=\"visible\">");
            markerShape(i, 0, 0, " fill=\"" + hex(COLOURS[i]) + "\" stroke=\"#fff\" stroke-width=\"1.5\"");
            svg.append("</marker>");
        }
        double r = CompassStyle.NO_ANSWER_RADIUS;
        svg.append("<g id=\"").append(id("na")).append("\"><circle class=\"n\" r=\"").append(num(r)).append("\"/><path class=\"n\" d=\"M")
                .append(num(-r * 0.7)).append(' ').append(num(r * 0.7)).append('L').append(num(r * 0.7)).append(' ')
                .append(num(-r * 0.7)).append("\"/></g></defs>");
    }

    private void markerShape(int index, double x, double y, String attributes) {
        double s = CompassStyle.MARKER_SIZE;
        switch (index) {
            case 1 -> svg.append("<rect x=\"").append(num(x - s * 0.85)).append("\" y=\"").append(num(y - s * 0.85))
                    .append("\" width=\"").append(num(s * 1.7)).append("\" height=\"").append(num(s * 1.7))
                    .append('"').append(attributes).append("/>");
            case 2 -> polygon(attributes, x, y - s * 1.1, x + s, y + s * 0.75, x - s, y + s * 0.75);
            case 3 -> polygon(attributes, x, y - s * 1.15, x + s * 1.15, y, x, y + s * 1.15, x - s * 1.15, y);
            default -> svg.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"")
                    .append(num(s)).append('"').append(attributes).append("/>");
        }
    }

    private void polygon(String attributes, double... xy) {
        svg.append("<path d=\"M");
        for (int i = 0; i < xy.length; i += 2) {
            svg.append(i == 0 ? "" : "L").append(num(xy[i])).append(' ').append(num(xy[i + 1]));
        }
        svg.append("Z\"").append(attributes).append("/>");
    }

    private void grid() {
        svg.append("<path class=\"g\" d=\"");
        for (Theme theme : Theme.values()) {
            Point2D rim = layout.rim(theme);
            svg.append('M').append(num(CENTRE_X)).append(' ').append(num(CENTRE_Y)).append('L')
                    .append(num(rim.getX())).append(' ').append(num(rim.getY()));
        }
        svg.append("\"/>");
        for (CompassLayout.RingMark ring : layout.rings) {
            if (ring.radius() > 0) {
                svg.append("<circle class=\"g\" cx=\"").append(num(CENTRE_X)).append("\" cy=\"").append(num(CENTRE_Y))
                        .append("\" r=\"").append(num(ring.radius())).append("\"/>");
            }
        }
        for (CompassLayout.RingMark ring : layout.rings) {
            double y = CENTRE_Y - ring.radius();
            if (layout.chart.axis().faces()) {
                face(CENTRE_X + 15, y + 9, ring.step(), ring.steps());
            } else {
                double size = layout.text.ringSize;
                svg.append("<text class=\"r\"").append(fontSize(size, CompassText.PAGE.ringSize)).append(" x=\"")
                        .append(num(CENTRE_X + size * 0.36)).append("\" y=\"").append(num(y + size * 1.09)).append("\">").append(escape(ring.label())).append("</text>");
            }
        }
    }

    private void face(double x, double y, int step, int steps) {
        svg.append("<g><circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"7\" fill=\"")
                .append(hex(CompassStyle.FACE)).append("\"/><circle cx=\"").append(num(x - 2.3)).append("\" cy=\"")
                .append(num(y - 1.9)).append("\" r=\".9\"/><circle cx=\"").append(num(x + 2.3)).append("\" cy=\"")
                .append(num(y - 1.9)).append("\" r=\".9\"/>");
        double mood = steps <= 1 ? 0 : (double) step / (steps - 1) * 2 - 1;
        svg.append("<path d=\"M").append(num(x - 3.5)).append(' ').append(num(y + 2.5)).append('Q').append(num(x))
                .append(' ').append(num(y + 2.5 + 3.5 * mood)).append(' ').append(num(x + 3.5)).append(' ')
                .append(num(y + 2.5)).append("\" fill=\"none\" stroke=\"").append(hex(CompassStyle.INK))
                .append("\" stroke-width=\"1.3\"/></g>");
    }

    private void themeNames() {
        for (CompassLayout.Label label : layout.themeLabels) {
            String align = switch (label.align()) {
                case START -> "";
                case MIDDLE -> " m";
                case END -> " e";
            };
            svg.append("<text class=\"t").append(align).append('"')
                    .append(fontSize(layout.text.labelSize, CompassText.PAGE.labelSize)).append(" x=\"").append(num(label.x())).append("\" y=\"")
                    .append(num(label.firstBaseline())).append("\">");
            for (int i = 0; i < label.lines().size(); i++) {
                String line = escape(label.lines().get(i));
                if (i == 0) {
                    svg.append(line);
                } else {
                    svg.append("<tspan x=\"").append(num(label.x())).append("\" dy=\"").append(num(label.lineHeight()))
                            .append("\">").append(line).append("</tspan>");
                }
            }
            svg.append("</text>");
        }
    }

    private void bandOrArea(CompassSeries series, int index, boolean alone) {
        String colour = hex(COLOURS[index]);
        if (series.hasBand() && layout.chart.showsBands()) {
            svg.append("<path fill-rule=\"evenodd\"").append(bandLook(index, alone)).append(" d=\"");
            closedPath(series.upper());
            closedPath(series.lower());
            svg.append("\"/>");
        } else if (alone && !series.hasGaps()) {
            svg.append("<path fill=\"").append(colour).append("\" fill-opacity=\"").append(num(CompassStyle.AREA_ALPHA))
                    .append("\" d=\"");
            closedPath(series.values());
            svg.append("\"/>");
        }
    }

    private void closedPath(@Nullable List<@Nullable Double> values) {
        int before = svg.length();
        CompassShapes.polygon(layout, values, (x, y, first) ->
                svg.append(first ? 'M' : 'L').append(num(x)).append(' ').append(num(y)));
        if (svg.length() > before) {
            svg.append('Z');
        }
    }

    /** The series line; SVG markers put the series' marker on every point. */
    private void line(CompassSeries series, int index) {
        svg.append("<path class=\"s").append(index).append("\" d=\"");
        int[] pointsInRun = {0};
        CompassShapes.line(layout, series, (x, y, first) -> {
            if (first) {
                closeLonePoint(pointsInRun[0]);
                pointsInRun[0] = 0;
            }
            svg.append(first ? 'M' : 'L').append(num(x)).append(' ').append(num(y));
            pointsInRun[0]++;
        });
        closeLonePoint(pointsInRun[0]);
        svg.append("\"><title>").append(escape(series.label())).append("</title></path>");
    }

    /** A point with no neighbour still needs a (zero-length) segment to carry its marker. */
    private void closeLonePoint(int pointsInRun) {
        if (pointsInRun == 1) {
            svg.append("l0 0");
        }
    }

    private void noAnswers(CompassSeries series, int index) {
        if (!series.marksGaps()) {
            return;
        }
        for (Theme theme : Theme.values()) {
            if (series.value(theme) == null) {
                Point2D rim = layout.rim(theme);
                use(index, rim.getX(), rim.getY());
            }
        }
    }

    private void use(int colourClass, double x, double y) {
        svg.append("<use href=\"#").append(id("na")).append("\" class=\"c").append(colourClass).append("\" x=\"").append(num(x))
                .append("\" y=\"").append(num(y)).append("\"/>");
    }

    /**
     * The band's fill and its outline in the series' full colour: the fill alone is 1.15:1 on
     * white, the outline gives the band's edges the 3:1 that graphics need (WCAG 1.4.11).
     */
    static String bandLook(int index, boolean alone) {
        String colour = hex(COLOURS[index]);
        return " fill=\"" + colour + "\" fill-opacity=\"" + num(alone ? CompassStyle.BAND_ALPHA_ALONE : CompassStyle.BAND_ALPHA)
                + "\" stroke=\"" + colour + "\" stroke-opacity=\"1\" stroke-width=\"" + num(CompassStyle.BAND_OUTLINE) + '"';
    }

    /** A font size for text drawn larger than on a page; an inline style, as the class sets the page size. */
    static String fontSize(double size, double pageSize) {
        return size == pageSize ? "" : " style=\"font-size:" + num(size) + "px\"";
    }

    /** An id of this compass's definitions: {@code pkc-m0} on a page, {@code pkc-phone-m0} on a phone. */
    String id(String name) {
        return layout.text == CompassText.PAGE ? "pkc-" + name
                : "pkc-" + layout.text.name().toLowerCase(Locale.ROOT) + "-" + name;
    }

    /** The selector before a line rule: none on a page, the SVG's own class otherwise (more specific). */
    private String scope() {
        return layout.text == CompassText.PAGE ? "" : ".compass-" + layout.text.name().toLowerCase(Locale.ROOT) + " ";
    }

    static String num(double value) {
        long tenths = Math.round(value * 10);
        long whole = tenths / 10;
        long fraction = Math.abs(tenths % 10);
        if (fraction == 0) {
            return Long.toString(whole);
        }
        return (tenths < 0 && whole == 0 ? "-" : "") + whole + "." + fraction;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
