package se.platskompassen.compass.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.platskompassen.compass.CompassChart;
import se.platskompassen.compass.CompassImages;
import se.platskompassen.compass.CompassSeries;
import se.platskompassen.compass.CompassText;
import se.platskompassen.figures.Figures;
import se.platskompassen.questionnaire.Theme;

/**
 * A compass on screen: the SVG scales with its container, and the same values come as a table.
 * The chart's accessible name holds every value, and the table is always in the accessibility
 * tree: folded, it is only hidden from sight, so screen readers reach it without opening it.
 * In a narrow container (a phone) the chart numbers its spokes and lists the themes below, as
 * theme names around a circle 300 px wide would be too small to read; a projector lower than
 * 900 px does the same with the list beside the chart (decision 0032, style sheets choose).
 */
public class CompassView extends Composite<Div> {

    private final CompassText text;
    private final Svg image = new Svg();
    /** A Div, not a second {@link Svg}: pages and their tests know one compass image per compass. */
    private final Div numberedImage = new Div();
    private final OrderedList key = new OrderedList();
    private final NativeTable table = new NativeTable();
    private final Div tableArea = new Div(table);
    private final Button tableToggle = new Button();
    private @Nullable CompassChart shown;

    public CompassView() {
        this(CompassText.PAGE);
    }

    /** The compass for a projector: words large enough for the back of a room. */
    public static CompassView forProjector() {
        return new CompassView(CompassText.PROJECTOR);
    }

    private CompassView(CompassText text) {
        this.text = text;
        image.addClassNames("compass-image", "compass-wide");
        table.addClassName("compass-table");
        tableArea.addClassNames("compass-table-area", "visually-hidden");
        tableToggle.setText(getTranslation("compass.table.show"));
        tableToggle.addThemeVariants(ButtonVariant.TERTIARY);
        tableToggle.addClassName("compass-table-toggle");
        tableToggle.getElement().setAttribute("aria-expanded", "false");
        tableToggle.addClickListener(click -> toggleTable());
        getContent().addClassName("compass-view");
        numberedImage.addClassName("compass-image");
        key.addClassName("compass-key");
        Div numbered = new Div(numberedImage, key);
        numbered.addClassName("compass-narrow");
        getContent().add(image, numbered, tableToggle, tableArea);
    }

    /** The chart's words in the reader's language; {@code title} says what the chart shows. */
    public static CompassChart.Words words(Component in, String title) {
        return new CompassChart.Words(title, in.getTranslation("compass.noAnswer"), in.getTranslation("compass.band"));
    }

    public void show(CompassChart chart) {
        shown = chart;
        String name = accessibleName(chart);
        image.setSvg(CompassImages.svg(chart, text, name));
        numberedImage.getElement().setProperty("innerHTML", CompassImages.svg(chart, CompassText.PHONE, name));
        // Plain <li> elements: the list is the chart's key, not components a page works with.
        key.getElement().removeAllChildren();
        for (String theme : chart.themeNames()) {
            key.getElement().appendChild(new Element("li").setText(theme));
        }
        fillTable(chart);
    }

    /** The chart on show, if any (e.g. which series a page drew). */
    public @Nullable CompassChart chart() {
        return shown;
    }

    /** Shows or hides the table from sight; screen readers have it either way. */
    private void toggleTable() {
        boolean shown = !tableArea.hasClassName("visually-hidden");
        tableArea.setClassName("visually-hidden", shown);
        tableToggle.setText(getTranslation(shown ? "compass.table.show" : "compass.table.hide"));
        tableToggle.getElement().setAttribute("aria-expanded", String.valueOf(!shown));
    }

    /** "Title: theme value; theme value; …", each series named when there are several. */
    private String accessibleName(CompassChart chart) {
        Locale locale = getLocale();
        List<String> parts = new ArrayList<>();
        for (CompassSeries series : chart.series()) {
            List<String> values = new ArrayList<>();
            for (Theme theme : Theme.values()) {
                Double value = series.value(theme);
                values.add(chart.themeNames().get(theme.ordinal()) + " "
                        + (value == null ? chart.words().noAnswer() : Figures.format(value, locale)));
            }
            String named = chart.series().size() > 1 ? series.label() + ": " : "";
            parts.add(named + String.join("; ", values));
        }
        return chart.words().title() + ": " + String.join(". ", parts);
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
