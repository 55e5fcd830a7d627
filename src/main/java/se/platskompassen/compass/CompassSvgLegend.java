package se.platskompassen.compass;

import static se.platskompassen.compass.CompassStyle.hex;
import static se.platskompassen.compass.CompassSvg.bandLook;
import static se.platskompassen.compass.CompassSvg.escape;
import static se.platskompassen.compass.CompassSvg.fontSize;
import static se.platskompassen.compass.CompassSvg.num;

import java.util.ArrayList;
import java.util.List;

/** The legend rows of a compass SVG: a sample of each line, the band's key and the "no answer" key. */
final class CompassSvgLegend {

    private CompassSvgLegend() {
    }

    static void write(StringBuilder svg, CompassLayout layout, CompassSvg ids) {
        double k = layout.text.legendScale();
        List<CompassSeries> series = layout.chart.series();
        for (CompassLayout.LegendEntry entry : layout.legend) {
            double x = entry.x();
            double y = entry.y();
            switch (entry.series()) {
                case CompassLayout.LegendEntry.BAND -> bandKeys(svg, series, x, y, k);
                case CompassLayout.LegendEntry.NO_ANSWER -> svg.append("<use href=\"#").append(ids.id("na")).append("\" style=\"color:")
                        .append(hex(CompassStyle.MUTED)).append("\" transform=\"translate(").append(num(x + 17 * k))
                        .append(' ').append(num(y)).append(k == 1 ? "" : ") scale(" + num(k)).append(")\"/>");
                default -> svg.append("<path class=\"s").append(entry.series()).append("\" style=\"marker:none;marker-mid:url(#").append(ids.id("m"))
                        .append(entry.series()).append(")\" d=\"M").append(num(x)).append(' ').append(num(y))
                        .append('h').append(num(17 * k)).append('h').append(num(17 * k)).append("\"/>");
            }
            svg.append("<text class=\"t\"").append(fontSize(layout.text.legendSize, CompassText.PAGE.legendSize))
                    .append(" x=\"").append(num(x + 44 * k)).append("\" y=\"").append(num(y + 4.5 * k)).append("\">")
                    .append(escape(entry.text())).append("</text>");
        }
    }

    /** The band's key: a swatch drawn exactly as each band is, side by side when two groups have one. */
    private static void bandKeys(StringBuilder svg, List<CompassSeries> series, double x, double y, double k) {
        List<Integer> banded = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            if (series.get(i).hasBand()) {
                banded.add(i);
            }
        }
        double each = 34 * k / Math.max(1, banded.size());
        for (int i = 0; i < banded.size(); i++) {
            svg.append("<rect class=\"pkc-band-key\" x=\"").append(num(x + i * each)).append("\" y=\"")
                    .append(num(y - 7 * k)).append("\" width=\"").append(num(each)).append("\" height=\"")
                    .append(num(14 * k)).append('"').append(bandLook(banded.get(i), series.size() == 1)).append("/>");
        }
    }
}
