package se.platskompassen.response;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Language;

/** A whole response recorded at once: demo content, paper forms and imports. */
public record RecordedResponse(
        UUID id,
        long dialogueId,
        String questionnaireVersion,
        String questionnaireHash,
        Language language,
        CollectionMode mode,
        Background background,
        Instant startedAt,
        @Nullable Instant completedAt,
        List<AnswerInput> answers) {

    public RecordedResponse {
        answers = List.copyOf(answers);
    }
}
