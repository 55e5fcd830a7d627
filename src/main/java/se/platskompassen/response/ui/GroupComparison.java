package se.platskompassen.response.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.platskompassen.compass.CompassAxis;
import se.platskompassen.compass.CompassChart;
import se.platskompassen.compass.CompassSeries;
import se.platskompassen.compass.ui.CompassView;
import se.platskompassen.figures.Figures;
import se.platskompassen.live.GroupPicture;
import se.platskompassen.questionnaire.Theme;

/**
 * On the thanks screen: the person's own compass drawn over the group's, when the group may be
 * shown (decision 0039); otherwise a plain sentence why not yet. The group's figures are the
 * projector's released picture; the person's own answers come from this screen's memory of them
 * and go with it (a shared tablet forgets them for the next person).
 */
class GroupComparison extends Div {

    GroupComparison(FlowState state, GroupPicture group) {
        addClassName("group-comparison");
        add(new H2(getTranslation("flow.thanks.group.title")));
        switch (group.showing()) {
            case HELD -> add(new Paragraph(getTranslation("flow.thanks.group.held")));
            case TOO_FEW -> add(new Paragraph(getTranslation("flow.thanks.group.tooFew")));
            case GROUP -> {
                add(new Paragraph(getTranslation("flow.thanks.group.lead")));
                CompassView compass = new CompassView();
                add(compass);
                compass.show(chart(state, group, compass));
                Paragraph own = new Paragraph(getTranslation("flow.thanks.group.private"));
                own.addClassName("group-comparison-private");
                add(own);
            }
        }
    }

    private CompassChart chart(FlowState state, GroupPicture group, CompassView in) {
        Map<Theme, Integer> scores = state.scores();
        List<String> names = state.themeNames();
        // The group first, so that the person's own line is drawn over it.
        List<CompassSeries> series = List.of(
                CompassSeries.group(getTranslation("flow.thanks.group.median"),
                        Figures.of(Objects.requireNonNull(group.scores()))),
                CompassSeries.scores(getTranslation("flow.thanks.group.yours"), scores));
        return new CompassChart(CompassAxis.of(state.questionnaire.scale()), names, series,
                CompassView.words(in, getTranslation("flow.thanks.group.chartTitle", state.placeName)));
    }
}
