package se.platskompassen.exchange;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Theme;

/**
 * One response as exported, with its answers by theme: read from the database a few hundred at a
 * time and written out at once, so that no more than that is ever held. The JSON API hands out
 * the same content ({@link ResponsePages#page}).
 */
public record ExportedResponse(
        UUID id,
        long dialogueId,
        String questionnaireRevision,
        String questionnaireHash,
        String language,
        String collectionMode,
        @Nullable String formNumber,
        Instant startedAt,
        @Nullable Instant completedAt,
        @Nullable String ageBand,
        @Nullable String gender,
        @Nullable String relation,
        @Nullable String area,
        @Nullable ExportedAnswer[] answers) {

    public ExportedResponse {
        if (answers.length != Theme.COUNT) {
            throw new IllegalArgumentException("One slot per theme");
        }
    }

    /** The answer to a theme, or null when the response has none (not reached). */
    public @Nullable ExportedAnswer answer(Theme theme) {
        return answers[theme.ordinal()];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExportedResponse response && response.id.equals(id)
                && Arrays.equals(response.answers, answers);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
