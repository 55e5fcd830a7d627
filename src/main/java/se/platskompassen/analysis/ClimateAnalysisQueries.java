package se.platskompassen.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.response.AnswerSql;

/**
 * The Climate Lens' counts for the comparison (decision 0038): the climate answers of the chosen
 * dialogues' responses that meet the filter, with their own respondents (those who were shown a
 * climate question), so that the small-group rule applies to the climate answers' own counts.
 * Read only; callers pass dialogue ids already scoped to the member's organisation.
 */
@Repository
class ClimateAnalysisQueries {

    private final JdbcClient jdbc;

    ClimateAnalysisQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts per theme and score (null: skipped) of these dialogues' climate answers together (key 0). */
    List<AnalysisQueries.CountRow> counts(Collection<Long> dialogueIds, AnalysisQueries.ResponseCriteria criteria) {
        List<AnalysisQueries.CountRow> rows = new ArrayList<>();
        if (dialogueIds.isEmpty()) {
            return rows;
        }
        criteria.bind(jdbc.sql("SELECT c.theme_code, c.score, COUNT(*) FROM response r"
                        + " JOIN climate_answer c ON c.response_id = r.id"
                        + " WHERE r.dialogue_id = ANY(:dialogues) AND r.excluded_at IS NULL" + criteria.where()
                        + " GROUP BY c.theme_code, c.score")
                        .param("dialogues", dialogueIds.toArray(new Long[0])))
                .query(rs -> {
                    rows.add(new AnalysisQueries.CountRow(0, rs.getString(1), AnswerSql.score(rs, 2), rs.getLong(3)));
                });
        return rows;
    }

    /** The respondents who answered or skipped at least one climate question, among those that meet the criteria. */
    long respondents(Collection<Long> dialogueIds, AnalysisQueries.ResponseCriteria criteria) {
        if (dialogueIds.isEmpty()) {
            return 0;
        }
        return criteria.bind(jdbc.sql("SELECT COUNT(DISTINCT r.id) FROM response r"
                        + " JOIN climate_answer c ON c.response_id = r.id"
                        + " WHERE r.dialogue_id = ANY(:dialogues) AND r.excluded_at IS NULL" + criteria.where())
                        .param("dialogues", dialogueIds.toArray(new Long[0])))
                .query(Long.class).single();
    }

    /** The climate counts of a selection, with its climate respondents. */
    ScoreCounts scoreCounts(Selection selection, AnalysisQueries.ResponseCriteria criteria) {
        return ScoreCounts.on(selection.scale()).addAll(counts(selection.dialogues(), criteria))
                .respondents(respondents(selection.dialogues(), criteria)).build();
    }
}
