package se.platskompassen.response;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Language;

/**
 * A whole response recorded at once: demo content, paper forms and imports.
 *
 * @param formNumber the number written on a paper form, unique within the dialogue; null otherwise
 */
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
        List<AnswerInput> answers,
        @Nullable String formNumber) {

    /** The longest form number kept: what fits in the number box of the printed form. */
    public static final int MAX_FORM_NUMBER = 20;

    public RecordedResponse {
        answers = List.copyOf(answers);
        if (formNumber != null && (formNumber.isBlank() || formNumber.length() > MAX_FORM_NUMBER)) {
            throw new IllegalArgumentException("A form number has 1 to " + MAX_FORM_NUMBER + " characters");
        }
    }

    /** A response that did not come from a numbered paper form. */
    public RecordedResponse(UUID id, long dialogueId, String questionnaireVersion, String questionnaireHash,
            Language language, CollectionMode mode, Background background, Instant startedAt,
            @Nullable Instant completedAt, List<AnswerInput> answers) {
        this(id, dialogueId, questionnaireVersion, questionnaireHash, language, mode, background, startedAt,
                completedAt, answers, null);
    }
}
