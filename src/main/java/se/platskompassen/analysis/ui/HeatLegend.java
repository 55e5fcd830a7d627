package se.platskompassen.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** What the heat map's shades mean; the shades only repeat what the numbers say. */
final class HeatLegend {

    private HeatLegend() {
    }

    static Div create(Component in) {
        Div legend = new Div();
        legend.addClassName("heat-legend");
        Span title = new Span(in.getTranslation("analysis.heat.legend"));
        title.addClassName("heat-legend-title");
        legend.add(title);
        for (int level = 1; level <= FigureCells.LEVELS; level++) {
            Span swatch = new Span(in.getTranslation("analysis.heat." + level));
            swatch.addClassNames("heat-swatch", "heat-" + level);
            legend.add(swatch);
        }
        Span hidden = new Span(in.getTranslation("analysis.heat.hidden"));
        hidden.addClassNames("heat-swatch", "heat-hidden");
        legend.add(hidden);
        return legend;
    }
}
