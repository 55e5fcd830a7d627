package se.platskompassen.response;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.platskompassen.questionnaire.Theme;

/**
 * Reads the Climate Lens' answers ({@code climate_answer}, decision 0038): a null score is a skip,
 * as in {@link AnswerSql}; only responses counted in the figures (not excluded) are counted.
 */
@Repository
class ClimateQueries {

    private final JdbcClient jdbc;

    ClimateQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The climate answers of a dialogue's counted responses, per theme and score. */
    List<ResponseQueries.CountRow> counted(long dialogueId) {
        return jdbc.sql("""
                SELECT c.theme_code, c.score, COUNT(*) FROM climate_answer c JOIN response r ON r.id = c.response_id
                WHERE c.dialogue_id = :dialogue AND r.excluded_at IS NULL
                GROUP BY c.theme_code, c.score
                """)
                .param("dialogue", dialogueId)
                .query((rs, row) -> new ResponseQueries.CountRow(rs.getString(1), AnswerSql.score(rs, 2), rs.getLong(3)))
                .list();
    }

    /** The climate answers of several dialogues' counted responses, per dialogue, theme and score. */
    List<ResponseQueries.DialogueCountRow> counted(Collection<Long> dialogueIds) {
        if (dialogueIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT c.dialogue_id, c.theme_code, c.score, COUNT(*)
                FROM climate_answer c JOIN response r ON r.id = c.response_id
                WHERE c.dialogue_id IN (:dialogues) AND r.excluded_at IS NULL
                GROUP BY c.dialogue_id, c.theme_code, c.score
                """)
                .param("dialogues", dialogueIds)
                .query((rs, row) -> new ResponseQueries.DialogueCountRow(rs.getLong(1), rs.getString(2),
                        AnswerSql.score(rs, 3), rs.getLong(4)))
                .list();
    }

    /** How many counted responses of a dialogue answered or skipped at least one climate question. */
    long respondents(long dialogueId) {
        return jdbc.sql("""
                SELECT COUNT(DISTINCT c.response_id) FROM climate_answer c JOIN response r ON r.id = c.response_id
                WHERE c.dialogue_id = :dialogue AND r.excluded_at IS NULL
                """)
                .param("dialogue", dialogueId)
                .query(Long.class)
                .single();
    }

    /** One response's climate scores by theme (skipped themes left out). */
    Map<Theme, Integer> scoresOf(UUID responseId) {
        Map<Theme, Integer> scores = new EnumMap<>(Theme.class);
        jdbc.sql("SELECT theme_code, score FROM climate_answer WHERE response_id = :response AND score IS NOT NULL")
                .param("response", responseId)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list()
                .forEach(row -> Theme.fromCode(row.getKey()).ifPresent(theme -> scores.put(theme, row.getValue())));
        return scores;
    }
}
