package se.platskompassen.response;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.questionnaire.ClimateModule;
import se.platskompassen.questionnaire.Theme;

/**
 * The Climate Lens' answers (decision 0038): a resident's climate score per theme, saved in the
 * same transaction as the theme's own answer and under the same rules (the dialogue must still take
 * the response's saves), and the counts staff see, drawn as a series of their own. Only responses
 * counted in the figures are counted, and the climate series has its own numbers of answers, so
 * the small-group rule applies to it on its own counts.
 */
@Service
@Transactional(readOnly = true)
public class ClimateAnswers {

    private final ResponseService responses;
    private final ResponseRepository responseRows;
    private final DialogueService dialogues;
    private final ClimateWrites writes;
    private final ClimateQueries queries;
    private final ResumeService resumes;
    private final TenantAccess access;
    private final Clock clock;

    ClimateAnswers(ResponseService responses, ResponseRepository responseRows, DialogueService dialogues,
            ClimateWrites writes, ClimateQueries queries, ResumeService resumes, TenantAccess access, Clock clock) {
        this.resumes = resumes;
        this.responses = responses;
        this.responseRows = responseRows;
        this.dialogues = dialogues;
        this.writes = writes;
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Saves a theme's answer and, in the same transaction, its climate score (null: the climate
     * question was skipped) given with {@code module}. A dialogue without the Climate Lens takes no
     * climate scores.
     */
    @Transactional
    public void save(UUID responseId, AnswerInput answer, ClimateModule module, @Nullable Integer climateScore) {
        responses.saveAnswer(responseId, answer);
        Response response = responseRows.findById(responseId).orElseThrow();
        Dialogue dialogue = dialogues.findForResponse(response.dialogueId()).orElseThrow();
        if (!dialogue.climateLens() || module.version() != dialogue.version()) {
            throw new IllegalArgumentException("This dialogue does not use the Climate Lens of " + module.id());
        }
        if (climateScore != null && !module.scale().contains(climateScore)) {
            throw new IllegalArgumentException("A climate score off the scale: " + climateScore);
        }
        writes.upsert(responseId, dialogue.id(), answer.theme(), climateScore, module.id(), module.hash(),
                clock.instant());
    }

    /**
     * Records the climate scores of whole responses already recorded in the dialogue (demo content,
     * paper forms): per response, its scores by theme (a theme present with null: skipped).
     */
    @Transactional
    public void record(Dialogue dialogue, ClimateModule module, Map<UUID, Map<Theme, @Nullable Integer>> scores,
            Instant savedAt) {
        access.requireOwn(dialogue.organisationId(), Permission.RUN_DIALOGUES, "Dialogue");
        if (!dialogue.climateLens() || module.version() != dialogue.version()) {
            throw new IllegalArgumentException("This dialogue does not use the Climate Lens of " + module.id());
        }
        scores.forEach((responseId, byTheme) -> {
            Response response = responseRows.findById(responseId).orElseThrow();
            if (response.dialogueId() != dialogue.id()) {
                throw new IllegalArgumentException("A response belongs to another dialogue");
            }
            byTheme.forEach((theme, score) -> {
                if (score != null && !module.scale().contains(score)) {
                    throw new IllegalArgumentException("A climate score off the scale: " + score);
                }
                writes.upsert(responseId, dialogue.id(), theme, score, module.id(), module.hash(), savedAt);
            });
        });
    }

    /** A dialogue's climate scores as counts, for its compass series and figures (staff). */
    public ScoreCounts scoreCounts(Dialogue dialogue) {
        access.requireOwn(dialogue.organisationId(), Permission.READ_RESULTS, "Dialogue");
        return countsOf(dialogue);
    }

    /** The climate counts of several of the organisation's dialogues, by dialogue id (none for a dialogue without the lens). */
    public Map<Long, ScoreCounts> scoreCounts(Collection<Dialogue> of) {
        long organisation = access.organisation(Permission.READ_RESULTS);
        Map<Long, ScoreCounts> counts = new HashMap<>();
        of.stream().filter(dialogue -> dialogue.organisationId() == organisation && dialogue.climateLens())
                .forEach(dialogue -> counts.put(dialogue.id(), countsOf(dialogue)));
        return counts;
    }

    /**
     * The climate scores of the unfinished response this browser's secret opens, to show them again
     * when the person comes back; like the rest of a resumed response, never by its id alone.
     */
    public Map<Theme, Integer> resumedScores(String secret, long dialogueId) {
        return resumes.resume(secret, dialogueId).map(resume -> queries.scoresOf(resume.responseId())).orElse(Map.of());
    }

    /** One response's climate scores, for tests of this package. */
    Map<Theme, Integer> scoresOf(UUID responseId) {
        return queries.scoresOf(responseId);
    }

    private ScoreCounts countsOf(Dialogue dialogue) {
        List<ResponseQueries.CountRow> rows = queries.counted(dialogue.id());
        return ScoreCounts.on(dialogue.version().scale()).addAll(rows)
                .respondents(queries.respondents(dialogue.id())).build();
    }
}
