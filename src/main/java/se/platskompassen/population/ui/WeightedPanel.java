package se.platskompassen.population.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import se.platskompassen.compass.CompassAxis;
import se.platskompassen.compass.CompassChart;
import se.platskompassen.compass.CompassSeries;
import se.platskompassen.compass.ui.CompassView;
import se.platskompassen.population.PopulationCell;
import se.platskompassen.population.Representation;
import se.platskompassen.population.WhoAnswered;
import se.platskompassen.population.Weighting;

/**
 * The group's compass as counted and, behind the toggle "Viktat efter befolkningen", weighted to
 * the place's population, with the weights per age band × gender. A weight is shown only where
 * the cell's number of respondents is: a weight and the population give away the count.
 */
class WeightedPanel extends Div {

    final Checkbox toggle = new Checkbox();
    final CompassView compass = new CompassView();
    final Div weights = new Div();
    private final Span status = new Span();
    private final WhoAnswered who;
    private final List<String> themeNames;
    private final String title;

    WeightedPanel(WhoAnswered who, List<String> themeNames, String title) {
        this.who = who;
        this.themeNames = themeNames;
        this.title = title;
        addClassName("weighted-panel");
        toggle.setLabel(getTranslation("population.weighted.toggle"));
        toggle.addClassName("weighted-toggle");
        toggle.addValueChangeListener(change -> show());
        status.getElement().setAttribute("role", "status");
        status.addClassName("weighted-status");
        Paragraph how = new Paragraph(getTranslation("population.weighted.how", format(Weighting.DEFAULT_CAP),
                who.representation().minimum()));
        how.addClassName("weighted-how");
        weights.addClassName("weighted-weights");
        add(new H3(getTranslation("population.weighted.title")), how, toggle, status, compass, weights);
        show();
    }

    private void show() {
        boolean weighted = toggle.getValue();
        List<CompassSeries> series = new ArrayList<>();
        series.add(CompassSeries.group(getTranslation("population.weighted.unweightedSeries"),
                who.unweighted().figures()));
        if (weighted) {
            series.add(CompassSeries.group(getTranslation("population.weighted.weightedSeries"), who.weighted()));
        }
        compass.show(new CompassChart(CompassAxis.of(who.unweighted().scale()), themeNames, series,
                CompassView.words(this, title)));
        status.setText(getTranslation(weighted ? "population.weighted.on" : "population.weighted.off"));
        weights.removeAll();
        weights.setVisible(weighted);
        if (weighted) {
            weights.add(weightGrid());
            if (!who.weights().empty().isEmpty()) {
                weights.add(new Paragraph(getTranslation("population.weighted.empty", String.join(", ",
                        who.weights().empty().stream().map(cell -> Shares.group(this,
                                new Representation.Group(cell.ageBand(), cell.gender()))).toList()))));
            }
            long outside = who.weights().unweighted();
            int minimum = who.representation().minimum();
            weights.add(new Paragraph(outside > 0 && outside < minimum
                    ? getTranslation("population.weighted.outsideFew", minimum)
                    : getTranslation("population.weighted.outside", outside)));
        }
    }

    private Grid<Representation.Row> weightGrid() {
        Grid<Representation.Row> grid = new Grid<>();
        grid.addColumn(row -> Shares.group(this, row.group())).setHeader(getTranslation("population.column.group"))
                .setFlexGrow(1);
        grid.addColumn(this::weightText).setHeader(getTranslation("population.column.weight")).setAutoWidth(true);
        grid.setItems(who.representation().byCell());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("population.weighted.weightsLabel"));
        grid.addClassName("weights-grid");
        return grid;
    }

    private String weightText(Representation.Row row) {
        PopulationCell cell = new PopulationCell(row.group().ageBand(), row.group().gender());
        if (!who.weights().weights().containsKey(cell)) {
            return getTranslation(who.weights().empty().contains(cell) ? "population.weight.empty"
                    : "population.weight.none");
        }
        if (row.respondents().isEmpty()) {
            return getTranslation("population.weight.hidden");
        }
        String weight = format(who.weights().of(cell));
        return who.weights().capped().contains(cell) ? getTranslation("population.weight.capped", weight) : weight;
    }

    private String format(double value) {
        return Shares.weight(value, getLocale());
    }
}
