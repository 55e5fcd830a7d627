package se.platskompassen.response;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.questionnaire.Scale;

@Service
@Transactional(readOnly = true)
public class ResponseService {

    private final ResponseJdbcRepository writes;
    private final ResponseRepository responses;
    private final AnswerRepository answers;
    private final Clock clock;

    ResponseService(ResponseJdbcRepository writes, ResponseRepository responses, AnswerRepository answers,
            Clock clock) {
        this.writes = writes;
        this.responses = responses;
        this.answers = answers;
        this.clock = clock;
    }

    /**
     * Records a whole response at once (demo content, paper forms, imports). Recording a response
     * whose id exists already changes nothing and returns false.
     */
    @Transactional
    public boolean record(Dialogue dialogue, RecordedResponse recorded) {
        if (recorded.dialogueId() != dialogue.id()) {
            throw new IllegalArgumentException("The response belongs to another dialogue");
        }
        Scale scale = dialogue.version().scale();
        recorded.answers().forEach(answer -> requireOnScale(scale, answer));
        boolean inserted = writes.insertIfAbsent(recorded.id(), dialogue.organisationId(), dialogue.id(),
                recorded.questionnaireVersion(), recorded.questionnaireHash(), recorded.language().code(),
                recorded.mode(), recorded.startedAt());
        if (!inserted) {
            return false;
        }
        var savedAt = recorded.completedAt() != null ? recorded.completedAt() : recorded.startedAt();
        writes.updateBackground(recorded.id(), recorded.background(), savedAt);
        writes.insertAnswers(recorded.id(), dialogue.id(), recorded.answers(), savedAt);
        if (recorded.completedAt() != null) {
            writes.complete(recorded.id(), recorded.completedAt());
        }
        return true;
    }

    public ResponseCounts counts(long dialogueId) {
        return writes.counts(dialogueId);
    }

    public Optional<Response> find(UUID responseId) {
        return responses.findById(responseId);
    }

    public List<Answer> answersOf(UUID responseId) {
        return answers.findByResponseId(responseId);
    }

    static void requireOnScale(Scale scale, AnswerInput answer) {
        if (answer.score() != null && !scale.contains(answer.score())) {
            throw new IllegalArgumentException(
                    "Score " + answer.score() + " for " + answer.theme().code() + " is off the scale "
                            + scale.min() + "–" + scale.max());
        }
    }
}
