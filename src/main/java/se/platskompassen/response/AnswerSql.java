package se.platskompassen.response;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * What the columns of {@code answer} and {@code answer_tally} mean, written once for every feature
 * that reads them in SQL (analysis, live, comments, exchange, and this one); see
 * docs/decisions/0021-persistence-rule.md.
 *
 * <ul>
 *   <li>{@code answer} has one row per response and theme; {@code dialogue_id} repeats the
 *       response's (decision 0003). {@code score} is a step of the dialogue's scale, or NULL when
 *       the respondent skipped the theme ({@code skipped} is then true: {@code ck_answer_score}).
 *       {@code works_well} and {@code could_be_better} are the two comments, NULL when none was
 *       given or it was erased after the retention period.</li>
 *   <li>{@code answer_tally} counts, per dialogue, theme and score, the answers of the responses
 *       counted in the figures (not excluded, decision 0019). A primary key cannot hold NULL, so a
 *       skip is counted under score {@value #TALLY_SKIP} (decision 0006).</li>
 * </ul>
 *
 * Count rows handed on to the compass carry the answer's meaning: a null score is a skip.
 */
public final class AnswerSql {

    /** The tally's score for a skipped answer. */
    public static final int TALLY_SKIP = 0;

    /** SQL: the tally score of the answer aliased {@code a}, its skip counted as {@value #TALLY_SKIP}. */
    public static final String TALLY_SCORE = "COALESCE(a.score, " + TALLY_SKIP + ")";

    private AnswerSql() {
    }

    /** Whether an answer's score means the theme was skipped. */
    public static boolean isSkipped(@Nullable Integer score) {
        return score == null;
    }

    /** The tally score of an answer's score. */
    public static int tallyScore(@Nullable Integer score) {
        return isSkipped(score) ? TALLY_SKIP : score;
    }

    /** An answer's score (null: skipped) from a tally score. */
    public static @Nullable Integer fromTally(int tallyScore) {
        return tallyScore == TALLY_SKIP ? null : tallyScore;
    }

    /** Reads an {@code answer.score} column: null when the theme was skipped. */
    public static @Nullable Integer score(ResultSet row, int column) throws SQLException {
        return row.getObject(column, Integer.class);
    }

    /** Reads an {@code answer_tally.score} column as an answer's score: null for a skip. */
    public static @Nullable Integer tallied(ResultSet row, int column) throws SQLException {
        return fromTally(row.getInt(column));
    }

    /** The column of the answer aliased {@code a} that holds a kind of comment. */
    public static String commentColumn(Comment.Kind kind) {
        return switch (kind) {
            case WORKS_WELL -> "a.works_well";
            case COULD_BE_BETTER -> "a.could_be_better";
        };
    }
}
