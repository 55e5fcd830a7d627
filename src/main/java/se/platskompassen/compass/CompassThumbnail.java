package se.platskompassen.compass;

import static se.platskompassen.compass.CompassStyle.hex;
import static se.platskompassen.compass.CompassSvg.escape;
import static se.platskompassen.compass.CompassSvg.num;

import java.awt.geom.Point2D;
import org.jspecify.annotations.Nullable;
import se.platskompassen.figures.GroupFigures;
import se.platskompassen.figures.ThemeFigures;
import se.platskompassen.questionnaire.Theme;

/**
 * A small compass for lists and cards, about 120 pixels across: the rim, the fourteen spokes,
 * the band between the quartiles and the line through the medians, on the geometry of the full
 * compass (clockwise from the top, the lowest step at the centre) but without any text. A theme
 * nobody scored breaks the line and gets an open ring on the rim, as on the full compass.
 *
 * <p>The caller gives the text alternative (for example "Compass of the latest dialogue at
 * Centrum"); it becomes the image's accessible name and its tooltip. Colours are written as
 * attributes, not as a style sheet, so that many thumbnails share a page without touching each
 * other or the full compass.
 */
public final class CompassThumbnail {

    /** The drawing's width and height, in its own units and in CSS pixels unless styled otherwise. */
    public static final int SIZE = 120;

    static final double CENTRE = SIZE / 2.0;
    static final double RADIUS = 54;

    private static final double NO_ANSWER_RADIUS = 3.5;
    private static final double FAINT = 0.45;

    private final StringBuilder svg = new StringBuilder(2048);

    private CompassThumbnail() {
    }

    /** The thumbnail of a group: its medians with the band between the quartiles. */
    public static String svg(GroupFigures figures, String title) {
        CompassThumbnail thumbnail = new CompassThumbnail();
        thumbnail.open(title, "compass-thumbnail");
        thumbnail.grid(1);
        thumbnail.band(figures);
        thumbnail.medians(figures);
        thumbnail.noAnswers(figures);
        return thumbnail.close();
    }

    /** The "no answers yet" thumbnail: only the spokes and the rim, faint. */
    public static String noData(String title) {
        CompassThumbnail thumbnail = new CompassThumbnail();
        thumbnail.open(title, "compass-thumbnail compass-thumbnail-empty");
        thumbnail.grid(FAINT);
        return thumbnail.close();
    }

    /**
     * The point at a fraction (0 centre, 1 rim) along a theme's spoke: the full compass's point,
     * moved and scaled onto the thumbnail.
     */
    static Point2D point(Theme theme, double fraction) {
        Point2D full = CompassLayout.onSpoke(theme.ordinal(), CompassLayout.RADIUS * fraction);
        double scale = RADIUS / CompassLayout.RADIUS;
        return new Point2D.Double(CENTRE + (full.getX() - CompassLayout.CENTRE_X) * scale,
                CENTRE + (full.getY() - CompassLayout.CENTRE_Y) * scale);
    }

    private void open(String title, String cssClass) {
        String text = escape(title);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE)
                .append("\" width=\"").append(SIZE).append("\" height=\"").append(SIZE)
                .append("\" role=\"img\" aria-label=\"").append(text).append("\" class=\"").append(cssClass)
                .append("\"><title>").append(text).append("</title>");
    }

    private String close() {
        return svg.append("</svg>").toString();
    }

    private void grid(double opacity) {
        String colour = hex(CompassStyle.GRID);
        String faint = opacity < 1 ? " opacity=\"" + num(opacity) + "\"" : "";
        svg.append("<g class=\"grid\" fill=\"none\"").append(faint).append('>');
        svg.append("<path class=\"spokes\" stroke=\"").append(colour).append("\" stroke-width=\".8\" d=\"");
        for (Theme theme : Theme.values()) {
            Point2D rim = point(theme, 1);
            svg.append('M').append(num(CENTRE)).append(' ').append(num(CENTRE)).append('L').append(num(rim.getX()))
                    .append(' ').append(num(rim.getY()));
        }
        svg.append("\"/><circle class=\"rim\" stroke=\"").append(hex(CompassStyle.MUTED))
                .append("\" stroke-width=\"1\" cx=\"").append(num(CENTRE)).append("\" cy=\"").append(num(CENTRE))
                .append("\" r=\"").append(num(RADIUS)).append("\"/></g>");
    }

    /** The band: the polygon of upper quartiles with the polygon of lower quartiles cut out. */
    private void band(GroupFigures figures) {
        int before = svg.length();
        svg.append("<path class=\"band\" fill-rule=\"evenodd\" fill=\"").append(hex(CompassStyle.COLOURS[0]))
                .append("\" fill-opacity=\"").append(num(CompassStyle.BAND_ALPHA_ALONE)).append("\" d=\"");
        int length = svg.length();
        closedPolygon(figures, true);
        closedPolygon(figures, false);
        if (svg.length() == length) {
            svg.setLength(before);
        } else {
            svg.append("\"/>");
        }
    }

    private void closedPolygon(GroupFigures figures, boolean upper) {
        boolean first = true;
        for (Theme theme : Theme.values()) {
            ThemeFigures figure = figures.theme(theme);
            Double value = upper ? figure.upperQuartile() : figure.lowerQuartile();
            Point2D p = at(figures, theme, value);
            if (p != null) {
                moveOrLine(p, first);
                first = false;
            }
        }
        if (!first) {
            svg.append('Z');
        }
    }

    /**
     * The median line: it joins neighbouring themes that both have a median and breaks where one
     * has none; a full round closes on the first theme.
     */
    private void medians(GroupFigures figures) {
        int before = svg.length();
        svg.append("<path class=\"median\" fill=\"none\" stroke=\"").append(hex(CompassStyle.COLOURS[0]))
                .append("\" stroke-width=\"2\" stroke-linejoin=\"round\" stroke-linecap=\"round\" d=\"");
        int length = svg.length();
        boolean complete = figures.themes().stream().allMatch(ThemeFigures::hasScores);
        int run = 0;
        for (Theme theme : Theme.values()) {
            Point2D p = at(figures, theme, figures.theme(theme).median());
            if (p == null) {
                endRun(run);
                run = 0;
            } else {
                moveOrLine(p, run == 0);
                run++;
            }
        }
        Point2D first = at(figures, Theme.values()[0], figures.theme(Theme.values()[0]).median());
        if (complete) {
            svg.append('Z');
        } else if (run > 0 && first != null) {
            moveOrLine(first, false);
        } else {
            endRun(run);
        }
        if (svg.length() == length) {
            svg.setLength(before);
        } else {
            svg.append("\"/>");
        }
    }

    /** A lone median between two gaps gets a zero-length segment, which the round cap shows as a dot. */
    private void endRun(int points) {
        if (points == 1) {
            svg.append("l0 0");
        }
    }

    private void noAnswers(GroupFigures figures) {
        for (Theme theme : Theme.values()) {
            if (!figures.theme(theme).hasScores()) {
                Point2D rim = point(theme, 1);
                svg.append("<circle class=\"no-answer\" fill=\"#fff\" stroke=\"").append(hex(CompassStyle.MUTED))
                        .append("\" stroke-width=\"1.2\" cx=\"").append(num(rim.getX())).append("\" cy=\"")
                        .append(num(rim.getY())).append("\" r=\"").append(num(NO_ANSWER_RADIUS)).append("\"/>");
            }
        }
    }

    private static @Nullable Point2D at(GroupFigures figures, Theme theme, @Nullable Double value) {
        return value == null ? null : point(theme, CompassAxis.of(figures.scale()).fraction(value));
    }

    private void moveOrLine(Point2D p, boolean move) {
        svg.append(move ? 'M' : 'L').append(num(p.getX())).append(' ').append(num(p.getY()));
    }
}
