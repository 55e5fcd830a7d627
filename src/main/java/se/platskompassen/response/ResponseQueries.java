package se.platskompassen.response;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.questionnaire.Theme;

/**
 * The named reads of responses and answers: how many started and completed, the counts per
 * theme and score (from the answer tally, or grouped from the answers to check it), comments,
 * paper form numbers. Read only; the writes are in {@link ResponseWrites} and {@link TallyWrites}
 * (docs/decisions/0021-persistence-rule.md).
 */
@Repository
class ResponseQueries {

    private final JdbcClient jdbc;

    ResponseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row of counts: how many answers gave {@code score} (null: skipped) to a theme. */
    record CountRow(String themeCode, @Nullable Integer score, long answers) implements ScoreCounts.Row {
    }

    /** A count row of one of several dialogues. */
    record DialogueCountRow(long dialogueId, String themeCode, @Nullable Integer score, long answers)
            implements ScoreCounts.Row {
    }

    /** The response typed in from the paper form with this number (case ignored), if there is one. */
    Optional<UUID> findByFormNumber(long dialogueId, String formNumber) {
        return jdbc.sql("""
                SELECT id FROM response
                WHERE dialogue_id = :dialogue AND form_number_key = :key
                """)
                .param("dialogue", dialogueId)
                .param("key", ResponseWrites.formNumberKey(formNumber))
                .query(UUID.class)
                .optional();
    }

    ResponseCounts counts(long dialogueId) {
        return jdbc.sql("SELECT COUNT(*) AS started, COUNT(completed_at) AS completed FROM response"
                        + " WHERE dialogue_id = :d AND excluded_at IS NULL")
                .param("d", dialogueId)
                .query((rs, row) -> new ResponseCounts(rs.getLong("started"), rs.getLong("completed")))
                .single();
    }

    /** Started and completed responses of every dialogue of an organisation, in one query. */
    Map<Long, ResponseCounts> countsByDialogue(long organisationId) {
        Map<Long, ResponseCounts> counts = new HashMap<>();
        jdbc.sql("""
                SELECT dialogue_id, COUNT(*), COUNT(completed_at) FROM response
                WHERE organisation_id = :organisation AND excluded_at IS NULL GROUP BY dialogue_id
                """)
                .param("organisation", organisationId)
                .query(rs -> {
                    counts.put(rs.getLong(1), new ResponseCounts(rs.getLong(2), rs.getLong(3)));
                });
        return counts;
    }

    /** A dialogue's counts per theme and score, from the tally: at most 14 x 8 rows. */
    List<CountRow> tallied(long dialogueId) {
        return jdbc.sql("""
                SELECT theme_code, score, answers FROM answer_tally
                WHERE dialogue_id = :dialogue AND answers > 0
                """)
                .param("dialogue", dialogueId)
                .query((rs, row) -> new CountRow(rs.getString(1), AnswerSql.tallied(rs, 2), rs.getLong(3)))
                .list();
    }

    /** The tallies of several dialogues in one query. */
    List<DialogueCountRow> tallied(Collection<Long> dialogueIds) {
        if (dialogueIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT dialogue_id, theme_code, score, answers FROM answer_tally
                WHERE dialogue_id IN (:dialogues) AND answers > 0
                """)
                .param("dialogues", dialogueIds)
                .query((rs, row) -> new DialogueCountRow(rs.getLong(1), rs.getString(2), AnswerSql.tallied(rs, 3),
                        rs.getLong(4)))
                .list();
    }

    /** The comments of a dialogue's answers to one theme. */
    List<Comment> comments(long dialogueId, Theme theme) {
        List<Comment> comments = new ArrayList<>();
        jdbc.sql("""
                SELECT a.id, a.works_well, a.could_be_better FROM answer a JOIN response r ON r.id = a.response_id
                WHERE a.dialogue_id = :dialogue AND a.theme_code = :theme AND r.excluded_at IS NULL
                  AND (a.works_well IS NOT NULL OR a.could_be_better IS NOT NULL)
                """)
                .param("dialogue", dialogueId)
                .param("theme", theme.code())
                .query(rs -> {
                    String worksWell = rs.getString(2);
                    String couldBeBetter = rs.getString(3);
                    if (worksWell != null && !worksWell.isBlank()) {
                        comments.add(new Comment(rs.getLong(1), theme, Comment.Kind.WORKS_WELL, worksWell));
                    }
                    if (couldBeBetter != null && !couldBeBetter.isBlank()) {
                        comments.add(new Comment(rs.getLong(1), theme, Comment.Kind.COULD_BE_BETTER, couldBeBetter));
                    }
                });
        return comments;
    }

    /** The same counts straight from the included answers: {@code GROUP BY theme_code, score}. */
    List<CountRow> counted(long dialogueId) {
        return jdbc.sql("""
                SELECT a.theme_code, a.score, COUNT(*) FROM answer a JOIN response r ON r.id = a.response_id
                WHERE a.dialogue_id = :dialogue AND r.excluded_at IS NULL
                GROUP BY a.theme_code, a.score
                """)
                .param("dialogue", dialogueId)
                .query((rs, row) -> new CountRow(rs.getString(1), AnswerSql.score(rs, 2), rs.getLong(3)))
                .list();
    }
}
