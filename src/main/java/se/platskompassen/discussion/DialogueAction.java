package se.platskompassen.discussion;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Theme;

/** An action a group decided on: what is to be done, by whom and by when, and whether it is done. */
public record DialogueAction(long id, @Nullable Theme theme, String what, @Nullable String who,
        @Nullable LocalDate due, boolean done) {

    public NewAction details() {
        return new NewAction(theme, what, who, due);
    }
}
