package se.platskompassen.response;

import java.util.List;
import java.util.UUID;
import se.platskompassen.questionnaire.Language;

/** Where a resident left an unfinished response: enough to go on with it, nothing more. */
public record ResidentResume(UUID responseId, long dialogueId, Language language, Background background,
        List<AnswerInput> answers) {

    public ResidentResume {
        answers = List.copyOf(answers);
    }
}
