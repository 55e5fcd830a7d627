package se.platskompassen.response;

import java.time.Clock;
import java.util.ArrayList;
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
     * Records whole responses at once (demo content, paper forms, imports). A response whose id
     * exists already is left as it is; returns how many were new.
     */
    @Transactional
    public int record(Dialogue dialogue, List<RecordedResponse> recorded) {
        Scale scale = dialogue.version().scale();
        for (RecordedResponse response : recorded) {
            if (response.dialogueId() != dialogue.id()) {
                throw new IllegalArgumentException("A response belongs to another dialogue");
            }
            response.answers().forEach(answer -> requireOnScale(scale, answer));
        }
        boolean[] inserted = writes.insertRecorded(dialogue.organisationId(), recorded);
        List<RecordedResponse> fresh = new ArrayList<>();
        for (int i = 0; i < inserted.length; i++) {
            if (inserted[i]) {
                fresh.add(recorded.get(i));
            }
        }
        writes.insertAnswers(fresh);
        return fresh.size();
    }

    /** Records one whole response; false when a response with its id exists already. */
    @Transactional
    public boolean record(Dialogue dialogue, RecordedResponse recorded) {
        return record(dialogue, List.of(recorded)) == 1;
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
