package se.platskompassen.population.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import se.platskompassen.population.PlacePopulation;
import se.platskompassen.population.Representation;

/**
 * Respondents beside the population, per age band, gender and both, with the rule for
 * "under-represented" stated above the tables and hidden counts shown as hidden.
 */
class RepresentationTable extends Div {

    RepresentationTable(Representation representation, PlacePopulation population) {
        addClassName("representation");
        add(new Paragraph(getTranslation("population.source", population.year(),
                population.source() == null ? getTranslation("population.source.none") : population.source())));
        Paragraph rule = new Paragraph(getTranslation("population.rule", Representation.MIN_POPULATION_PERCENT,
                representation.minimum()));
        rule.addClassName("representation-rule");
        add(rule);
        if (representation.anyUnderRepresented()) {
            Paragraph flagged = new Paragraph(getTranslation("population.underRepresented.some"));
            flagged.addClassName("representation-flagged");
            add(flagged);
        }
        if (!representation.byAge().isEmpty()) {
            add(table("population.table.age", representation.byAge(), representation.minimum()));
        }
        add(table("population.table.gender", representation.byGender(), representation.minimum()));
        if (!representation.byCell().isEmpty()) {
            add(table("population.table.cell", representation.byCell(), representation.minimum()));
        }
    }

    private Div table(String titleKey, List<Representation.Row> rows, int minimum) {
        H3 title = new H3(getTranslation(titleKey));
        Grid<Representation.Row> grid = new Grid<>();
        grid.addColumn(row -> Shares.group(this, row.group())).setHeader(getTranslation("population.column.group"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(row -> row.respondents().isPresent()
                        ? Shares.whole(row.respondents().getAsLong(), getLocale())
                        : getTranslation("analysis.hidden." + row.hidden(), minimum))
                .setHeader(getTranslation("population.column.respondents")).setAutoWidth(true);
        grid.addColumn(row -> Shares.percent(row.respondentShare(), getLocale()))
                .setHeader(getTranslation("population.column.respondentShare")).setAutoWidth(true);
        grid.addColumn(row -> Shares.percent(row.populationShare(), getLocale()))
                .setHeader(getTranslation("population.column.populationShare")).setAutoWidth(true);
        grid.addColumn(row -> Shares.whole(row.population(), getLocale()))
                .setHeader(getTranslation("population.column.residents")).setAutoWidth(true);
        grid.addComponentColumn(row -> {
            Span flag = new Span(row.underRepresented() ? getTranslation("population.underRepresented") : "");
            if (row.underRepresented()) {
                flag.addClassNames("badge", "representation-under");
            }
            return flag;
        }).setHeader(getTranslation("population.column.flag")).setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation(titleKey));
        grid.addClassName("representation-grid");
        Div section = new Div(title, grid);
        section.addClassName("representation-table");
        return section;
    }

}
