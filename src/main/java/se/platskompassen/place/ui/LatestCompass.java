package se.platskompassen.place.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.platskompassen.analysis.ProtectedFigures;
import se.platskompassen.analysis.SmallGroups;
import se.platskompassen.compass.CompassAxis;
import se.platskompassen.compass.CompassChart;
import se.platskompassen.compass.CompassSeries;
import se.platskompassen.compass.ui.CompassView;
import se.platskompassen.compass.ui.GroupCompass;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.ui.DialogueLinks;
import se.platskompassen.figures.Figures;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.ResponseService;

/**
 * The compass of a place's latest dialogue, with a link to that dialogue; or why there is none.
 * The organisation's small-group rule applies on top of the room's (docs/decisions/0013).
 */
class LatestCompass extends Div {

    LatestCompass(@Nullable Dialogue latest, ResponseService responses, GroupCompass groupCompass,
            SmallGroups smallGroups) {
        addClassName("place-compass");
        if (latest == null) {
            add(new Paragraph(getTranslation("places.place.compass.none")));
            return;
        }
        ProtectedFigures protectedFigures = smallGroups.protect(groupCompass.shown(responses.scoreCounts(latest)));
        if (protectedFigures.isHidden()) {
            add(new Paragraph(getTranslation("analysis.place.latestHidden", latest.title(), smallGroups.minimum())));
            return;
        }
        ScoreCounts counts = protectedFigures.counts();
        boolean anyScore = false;
        for (Theme theme : Theme.values()) {
            anyScore |= counts.answered(theme) > 0;
        }
        if (!anyScore) {
            add(new Paragraph(getTranslation("places.place.compass.noAnswers", latest.title())));
            return;
        }
        CompassView compass = new CompassView();
        add(compass);
        String title = getTranslation("places.place.compass.title", latest.title(),
                getTranslation("places.responses", counts.respondents()));
        compass.show(new CompassChart(CompassAxis.of(latest.version().scale()), groupCompass.themeNames(this),
                List.of(CompassSeries.group(latest.title(), Figures.of(counts))), CompassView.words(this, title)));
        Anchor dialogue = new Anchor(DialogueLinks.dialogue(latest.id()), latest.title());
        dialogue.addClassName("place-compass-dialogue");
        add(new Paragraph(dialogue));
    }
}
