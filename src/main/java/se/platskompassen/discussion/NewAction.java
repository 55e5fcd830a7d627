package se.platskompassen.discussion;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Theme;

/** What a person writes about an action; the theme is optional (an action may concern the whole place). */
public record NewAction(@Nullable Theme theme, String what, @Nullable String who, @Nullable LocalDate due) {

    public static final int MAX_WHAT = 500;
    public static final int MAX_WHO = 200;

    public NewAction {
        what = what.strip();
        if (what.isEmpty() || what.length() > MAX_WHAT) {
            throw new IllegalArgumentException("An action needs a description of 1 to " + MAX_WHAT + " characters");
        }
        who = who == null || who.isBlank() ? null : who.strip();
        if (who != null && who.length() > MAX_WHO) {
            throw new IllegalArgumentException("Who is longer than " + MAX_WHO + " characters");
        }
    }
}
