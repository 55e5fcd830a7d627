package se.platskompassen.population.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.platskompassen.analysis.SeriesFigures;
import se.platskompassen.compass.CompassChart;
import se.platskompassen.compass.CompassSeries;
import se.platskompassen.population.PopulationService;
import se.platskompassen.population.WhoAnswered;
import se.platskompassen.population.Weighting;

/**
 * The comparison's toggle "Viktat efter befolkningen": beside each place or dialogue series whose
 * place has population figures, its series weighted to them, while the compass has room (four
 * series). The table stays unweighted; the note says which series could not be weighted and why.
 */
public class ComparisonWeighting extends Div {

    private final PopulationService population;
    private final Checkbox toggle = new Checkbox();
    private final Paragraph note = new Paragraph();

    public ComparisonWeighting(PopulationService population, Runnable changed) {
        this.population = population;
        addClassName("comparison-weighting");
        toggle.setLabel(getTranslation("population.weighted.toggle"));
        toggle.addClassName("weighted-toggle");
        toggle.addValueChangeListener(change -> changed.run());
        note.getElement().setAttribute("role", "status");
        note.addClassName("analysis-note");
        add(toggle, note);
    }

    /** The shapes to draw: the given ones, and when the toggle is on the weighted ones beside them. */
    public List<CompassSeries> shapes(List<CompassSeries> shapes, List<SeriesFigures> series, List<String> labels,
            boolean normalised) {
        note.setText("");
        if (!toggle.getValue()) {
            return shapes;
        }
        List<CompassSeries> all = new ArrayList<>(shapes);
        List<String> notWeighted = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Optional<WhoAnswered> who = population.forSeries(series.get(i).series());
            if (who.isEmpty() || all.size() >= CompassChart.MAX_SERIES) {
                notWeighted.add(labels.get(i));
                continue;
            }
            String label = getTranslation("population.compare.weightedLabel", labels.get(i));
            all.add(normalised ? CompassSeries.groupNormalised(label, who.get().weighted())
                    : CompassSeries.group(label, who.get().weighted()));
        }
        String how = getTranslation("population.compare.how", Shares.weight(Weighting.DEFAULT_CAP, getLocale()));
        note.setText(notWeighted.isEmpty() ? how
                : how + " " + getTranslation("population.compare.notWeighted", String.join(", ", notWeighted)));
        return all;
    }
}
