package se.platskompassen.discussion;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Theme;

/**
 * An action a group decided on: what is to be done, by whom and by when, and where it stands
 * ({@code status}, with a short public note and the day the status was set), which the
 * municipality keeps up to date long after the dialogue.
 */
public record DialogueAction(long id, @Nullable Theme theme, String what, @Nullable String who,
        @Nullable LocalDate due, ActionStatus status, @Nullable String statusNote, @Nullable LocalDate statusDate) {

    /** The public note on a status is short: a sentence or two on a phone. */
    public static final int MAX_STATUS_NOTE = 300;

    public NewAction details() {
        return new NewAction(theme, what, who, due);
    }

    public boolean done() {
        return status == ActionStatus.DONE;
    }
}
