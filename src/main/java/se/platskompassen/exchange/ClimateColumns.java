package se.platskompassen.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.AnswerSql;

/**
 * The Climate Lens in the per-response exports (decision 0038): its scores in columns of their own,
 * after every other column so that existing spreadsheets keep their positions; empty where the
 * dialogue has no lens or the climate question was not shown.
 */
final class ClimateColumns {

    static final String PREFIX = "climate_";
    static final String SCORE = "climate_score";
    static final String SKIPPED = "climate_skipped";

    private ClimateColumns() {
    }

    /** The wide export's climate columns: climate_ and the theme's code, in theme order. */
    static List<String> wide() {
        List<String> columns = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            columns.add(wide(theme));
        }
        return columns;
    }

    static String wide(Theme theme) {
        return PREFIX + theme.code();
    }

    /** A wide row's climate scores (empty: skipped or not shown). */
    static void wide(ExportedResponse response, RowSink row) {
        for (Theme theme : Theme.values()) {
            ExportedAnswer answer = response.answer(theme);
            row.number(answer == null ? null : answer.climateScore());
        }
    }

    /** A long row's climate score and skip (both empty when the question was not shown). */
    static void answer(ExportedAnswer answer, RowSink row) {
        row.number(answer.climateScore());
        Boolean skipped = answer.climateSkipped();
        if (skipped == null) {
            row.text(null);
        } else {
            row.flag(skipped);
        }
    }

    /** Adds the climate answers of these responses (their answers' slots already filled) to their answers. */
    static void read(JdbcClient jdbc, long dialogueId, List<UUID> ids, Map<UUID, ExportedAnswer[]> answers) {
        jdbc.sql("""
                SELECT response_id, theme_code, score FROM climate_answer
                WHERE dialogue_id = :dialogue AND response_id IN (:ids)
                """)
                .param("dialogue", dialogueId)
                .param("ids", ids)
                .query(rs -> {
                    ExportedAnswer[] slots = answers.get(rs.getObject(1, UUID.class));
                    Theme theme = Theme.fromCode(rs.getString(2)).orElse(null);
                    if (slots != null && theme != null && slots[theme.ordinal()] != null) {
                        slots[theme.ordinal()] = slots[theme.ordinal()]
                                .withClimate(new ExportedAnswer.Climate(AnswerSql.score(rs, 3)));
                    }
                });
    }
}
