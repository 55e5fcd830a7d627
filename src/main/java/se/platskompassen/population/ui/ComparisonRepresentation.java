package se.platskompassen.population.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.platskompassen.analysis.SeriesFigures;
import se.platskompassen.population.PopulationService;
import se.platskompassen.population.WhoAnswered;

/**
 * On the comparison page: who answered beside the population, for each place or dialogue series
 * whose place has population figures, in the same tables and by the same rule as the place and
 * dialogue pages (decision 0037). Like the weighted series, these ignore the filters; series that
 * span places have no one population to stand beside and are named as left out.
 */
public class ComparisonRepresentation extends Div {

    private final PopulationService population;
    private final Paragraph note = new Paragraph();
    private final Div tables = new Div();

    public ComparisonRepresentation(PopulationService population) {
        this.population = population;
        addClassName("comparison-representation");
        note.addClassName("analysis-note");
        add(new H2(getTranslation("population.title")), note, tables);
    }

    /** Shows the tables of these series, labelled as in the comparison, in the same order. */
    public void show(List<SeriesFigures> series, List<String> labels) {
        tables.removeAll();
        List<String> leftOut = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Optional<WhoAnswered> who = population.forSeries(series.get(i).series());
            if (who.isEmpty()) {
                leftOut.add(labels.get(i));
                continue;
            }
            Div one = new Div(new H3(labels.get(i)),
                    new RepresentationTable(who.get().representation(), who.get().population()));
            one.addClassName("comparison-representation-series");
            tables.add(one);
        }
        String how = getTranslation(tables.getComponentCount() == 0 ? "population.compare.representationNone"
                : "population.compare.representationHow");
        note.setText(leftOut.isEmpty() || tables.getComponentCount() == 0 ? how
                : how + " " + getTranslation("population.compare.representationLeftOut", String.join(", ", leftOut)));
    }
}
