package se.platskompassen.discussion;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.platskompassen.questionnaire.Theme;

/** Everything a group recorded in one dialogue. */
public record Discussion(Map<Theme, ThemeOutcome> outcomes, List<DialogueAction> actions) {

    public Discussion {
        outcomes = Map.copyOf(outcomes);
        actions = List.copyOf(actions);
    }

    public ThemeOutcome outcome(Theme theme) {
        return outcomes.getOrDefault(theme, ThemeOutcome.empty(theme));
    }

    /** The agreed score of each theme that has one. */
    public Map<Theme, Integer> agreedScores() {
        Map<Theme, Integer> scores = new EnumMap<>(Theme.class);
        outcomes.values().stream().filter(outcome -> outcome.agreedScore() != null)
                .forEach(outcome -> scores.put(outcome.theme(), outcome.agreedScore()));
        return scores;
    }

    /** The priority themes, in theme order. */
    public List<Theme> priorities() {
        return outcomes.values().stream().filter(ThemeOutcome::priority).map(ThemeOutcome::theme).sorted().toList();
    }

    public boolean isEmpty() {
        return outcomes.values().stream().noneMatch(o -> o.agreedScore() != null || o.notes() != null || o.priority())
                && actions.isEmpty();
    }
}
