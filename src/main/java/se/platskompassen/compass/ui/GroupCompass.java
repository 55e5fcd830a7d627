package se.platskompassen.compass.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import se.platskompassen.compass.CompassAxis;
import se.platskompassen.compass.CompassChart;
import se.platskompassen.compass.CompassSeries;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.figures.Figures;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.ClimateAnswers;

/**
 * The compass of one dialogue's group as staff see it while the dialogue runs: the median with
 * the band, and the scores the group agreed as a series of their own. A theme shows figures only
 * once {@code platskompassen.live.min-answers} people (default 3) have scored it, so that with a
 * handful of answers nobody in the room can work out who gave which score.
 */
@org.springframework.stereotype.Component
public class GroupCompass {

    private final QuestionnaireCatalog questionnaires;
    private final ClimateAnswers climate;
    private final int minAnswers;

    GroupCompass(QuestionnaireCatalog questionnaires, ClimateAnswers climate,
            @Value("${platskompassen.live.min-answers:3}") int minAnswers) {
        this.questionnaires = questionnaires;
        this.climate = climate;
        this.minAnswers = Math.max(1, minAnswers);
    }

    public int minAnswers() {
        return minAnswers;
    }

    /** The counts a view may show: themes with fewer answers than the minimum are left empty. */
    public ScoreCounts shown(ScoreCounts counts) {
        return counts.withoutThemesBelow(minAnswers);
    }

    public boolean shows(ScoreCounts counts, Theme theme) {
        return counts.answered(theme) >= minAnswers;
    }

    public List<String> themeNames(Component in) {
        Language language = Language.of(in.getUI().map(UI::getLocale).orElseGet(() -> UI.getCurrent().getLocale()));
        List<String> names = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            names.add(questionnaires.themeName(theme, language));
        }
        return names;
    }

    public CompassChart chart(Component in, ScoreCounts counts, Map<Theme, Integer> agreed, String title) {
        List<CompassSeries> series = new ArrayList<>();
        series.add(CompassSeries.group(in.getTranslation("groupCompass.median"), Figures.of(shown(counts))));
        if (!agreed.isEmpty()) {
            series.add(CompassSeries.agreed(in.getTranslation("groupCompass.agreed"), agreed));
        }
        return new CompassChart(CompassAxis.of(counts.scale()), themeNames(in), series, CompassView.words(in, title));
    }

    /**
     * The group's compass on a staff page, with the Climate Lens' medians as a series of their own
     * when the dialogue uses it; the minimum of answers applies to the climate scores on their own
     * counts (decision 0038).
     */
    public CompassChart chart(Component in, Dialogue dialogue, ScoreCounts counts, Map<Theme, Integer> agreed,
            String title) {
        CompassChart chart = chart(in, counts, agreed, title);
        return dialogue.climateLens() ? withClimate(in, chart, climate.scoreCounts(dialogue)) : chart;
    }

    /**
     * The chart with the Climate Lens' medians added as a series of their own, after the minimum
     * of answers on the climate scores' own counts (the projector passes its released counts).
     */
    public CompassChart withClimate(Component in, CompassChart chart, ScoreCounts climateCounts) {
        List<CompassSeries> series = new ArrayList<>(chart.series());
        series.add(CompassSeries.group(in.getTranslation("groupCompass.climate"), Figures.of(shown(climateCounts))));
        return new CompassChart(chart.axis(), chart.themeNames(), series, chart.words());
    }
}
