package se.platskompassen.response;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.compass.ScoreCounts;
import se.platskompassen.dialogue.Availability;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Questionnaire;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;

@Service
@Transactional(readOnly = true)
public class ResponseService {

    private final ResponseJdbcRepository writes;
    private final ResponseRepository responses;
    private final AnswerRepository answers;
    private final DialogueService dialogues;
    private final Clock clock;

    ResponseService(ResponseJdbcRepository writes, ResponseRepository responses, AnswerRepository answers,
            DialogueService dialogues, Clock clock) {
        this.writes = writes;
        this.responses = responses;
        this.answers = answers;
        this.dialogues = dialogues;
        this.clock = clock;
    }

    /**
     * Starts a response with the id the respondent's device chose. Starting the same id again
     * (a double tap, a reload, a reconnect) changes nothing. A dialogue that is not open takes no
     * new responses; one already started may still be finished.
     */
    @Transactional
    public void start(Dialogue dialogue, UUID responseId, Questionnaire questionnaire, Language language,
            CollectionMode mode) {
        if (questionnaire.version() != dialogue.version()) {
            throw new IllegalArgumentException("The questionnaire is not the dialogue's version");
        }
        if (responses.existsById(responseId)) {
            return;
        }
        if (dialogues.availability(dialogue) != Availability.OPEN) {
            throw new DialogueNotOpenException(dialogues.availability(dialogue));
        }
        writes.insertIfAbsent(responseId, dialogue.organisationId(), dialogue.id(), questionnaire.id(),
                questionnaire.hash(), language.code(), mode, clock.instant());
    }

    @Transactional
    public void saveBackground(UUID responseId, Background background) {
        requireResponse(responseId);
        writes.updateBackground(responseId, background, clock.instant());
    }

    /** Saves one theme's answer; saving it again overwrites it, never adds a second one. */
    @Transactional
    public void saveAnswer(UUID responseId, AnswerInput answer) {
        Response response = requireResponse(responseId);
        Dialogue dialogue = dialogues.find(response.organisationId(), response.dialogueId())
                .orElseThrow(() -> new IllegalStateException("The response's dialogue is gone"));
        requireOnScale(dialogue.version().scale(), answer);
        writes.upsertAnswer(responseId, dialogue.id(), answer, clock.instant());
    }

    /** Marks the response completed; completing it again keeps the first moment. */
    @Transactional
    public void complete(UUID responseId) {
        requireResponse(responseId);
        writes.complete(responseId, clock.instant());
    }

    private Response requireResponse(UUID responseId) {
        return responses.findById(responseId)
                .orElseThrow(() -> new IllegalArgumentException("No response " + responseId));
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

    /**
     * A dialogue's counts per theme and score, every saved answer included (also from
     * unfinished responses, so that a live compass grows with each save). Read from the tally:
     * as fast for a million answers as for ten.
     */
    public ScoreCounts scoreCounts(Dialogue dialogue) {
        return toCounts(dialogue, writes.tallied(dialogue.id()));
    }

    /** The same counts by grouping the answers themselves; used to check the tally. */
    public ScoreCounts scoreCountsFromAnswers(Dialogue dialogue) {
        return toCounts(dialogue, writes.counted(dialogue.id()));
    }

    private ScoreCounts toCounts(Dialogue dialogue, List<ResponseJdbcRepository.CountRow> rows) {
        ScoreCounts.Builder counts = ScoreCounts.on(dialogue.version().scale());
        for (ResponseJdbcRepository.CountRow row : rows) {
            Theme.fromCode(row.themeCode()).ifPresent(theme -> counts.add(theme, row.score(), row.answers()));
        }
        return counts.respondents(writes.counts(dialogue.id()).started()).build();
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
