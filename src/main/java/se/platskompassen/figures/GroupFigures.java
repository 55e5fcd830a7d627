package se.platskompassen.figures;

import java.util.List;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;

/** A group's figures for all fourteen themes, in theme order. */
public record GroupFigures(Scale scale, long respondents, List<ThemeFigures> themes) {

    public GroupFigures {
        themes = List.copyOf(themes);
        if (themes.size() != Theme.COUNT) {
            throw new IllegalArgumentException("Figures cover all " + Theme.COUNT + " themes");
        }
    }

    public ThemeFigures theme(Theme theme) {
        return themes.get(theme.ordinal());
    }
}
