package se.platskompassen.analysis;

import java.time.LocalDate;
import java.util.List;
import se.platskompassen.questionnaire.Version;

/**
 * A place over time: its dialogues, oldest first, with their figures, and per version with two
 * dialogues that have answers, the change of each theme from the previous dialogue to the latest.
 */
public record PlaceHistory(List<DialogueFigures> dialogues, List<VersionChange> changes, int minGroupSize) {

    public PlaceHistory {
        dialogues = List.copyOf(dialogues);
        changes = List.copyOf(changes);
    }

    public record DialogueFigures(long dialogueId, String title, Version version, LocalDate started,
            ProtectedFigures figures) {
    }

    /** The latest dialogue of a version against the one before it, theme by theme, in theme order. */
    public record VersionChange(Version version, DialogueFigures previous, DialogueFigures latest,
            List<Change> themes) {

        public VersionChange {
            themes = List.copyOf(themes);
        }
    }
}
