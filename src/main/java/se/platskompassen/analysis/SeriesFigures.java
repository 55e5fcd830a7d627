package se.platskompassen.analysis;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Theme;

/**
 * One compared series after the small-group rule.
 *
 * @param name the place's name or the dialogue's title for those series, else null
 * @param agreed for one dialogue with a group discussion: the scores the group agreed on (empty otherwise)
 */
public record SeriesFigures(Series series, @Nullable String name, ProtectedFigures figures,
        Map<Theme, Integer> agreed) {

    public SeriesFigures {
        agreed = Map.copyOf(agreed);
    }
}
