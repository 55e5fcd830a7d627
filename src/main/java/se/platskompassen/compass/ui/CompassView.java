package se.platskompassen.compass.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.platskompassen.compass.CompassChart;
import se.platskompassen.compass.CompassImages;
import se.platskompassen.compass.CompassSeries;
import se.platskompassen.figures.Figures;
import se.platskompassen.questionnaire.Theme;

/**
 * A compass on screen: the SVG scales with its container, and the same values come as a table,
 * which screen readers reach and sighted people can open.
 */
public class CompassView extends Composite<Div> {

    private final Svg image = new Svg();
    private final NativeTable table = new NativeTable();
    private final Details tableDetails;

    public CompassView() {
        image.addClassName("compass-image");
        table.addClassName("compass-table");
        tableDetails = new Details(getTranslation("compass.table.show"), table);
        tableDetails.addClassName("compass-table-details");
        getContent().addClassName("compass-view");
        getContent().add(image, tableDetails);
    }

    /** The chart's words in the reader's language; {@code title} says what the chart shows. */
    public static CompassChart.Words words(Component in, String title) {
        return new CompassChart.Words(title, in.getTranslation("compass.noAnswer"), in.getTranslation("compass.band"));
    }

    public void show(CompassChart chart) {
        image.setSvg(CompassImages.svg(chart));
        fillTable(chart);
    }

    private void fillTable(CompassChart chart) {
        table.getHead().removeAllRows();
        table.getBody().removeAllRows();
        table.setCaptionText(chart.words().title());
        Locale locale = getLocale();
        NativeTableRow header = table.getHead().addRow();
        header.addHeaderCell().setText(getTranslation("compass.table.theme"));
        for (CompassSeries series : chart.series()) {
            header.addHeaderCell().setText(series.label());
        }
        for (Theme theme : Theme.values()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.getElement().setAttribute("scope", "row");
            name.setText(chart.themeNames().get(theme.ordinal()));
            for (CompassSeries series : chart.series()) {
                NativeTableCell cell = row.addDataCell();
                cell.setText(describe(series, theme, chart, locale));
            }
        }
    }

    private String describe(CompassSeries series, Theme theme, CompassChart chart, Locale locale) {
        Double value = series.value(theme);
        if (value == null) {
            return chart.words().noAnswer();
        }
        String shown = Figures.format(value, locale);
        List<@Nullable Double> lower = series.lower();
        List<@Nullable Double> upper = series.upper();
        List<Long> answered = series.answered();
        if (lower == null || upper == null || answered == null) {
            return shown;
        }
        return getTranslation("compass.table.group", shown, Figures.format(lower.get(theme.ordinal()), locale),
                Figures.format(upper.get(theme.ordinal()), locale), answered.get(theme.ordinal()));
    }
}
