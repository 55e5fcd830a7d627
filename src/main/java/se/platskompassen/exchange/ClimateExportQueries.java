package se.platskompassen.exchange;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.AnswerSql;

/**
 * The Climate Lens' answers for the climate export ({@link ExportFormat#CSV_CLIMATE}, decision
 * 0038): one row per response and theme where the climate question was shown, in their own
 * columns, of the responses the other exports hold (not excluded, in the chosen languages).
 */
@Repository
class ClimateExportQueries {

    /** The columns of the climate export, in order. */
    static final List<String> COLUMNS = List.of(Columns.RESPONSE_ID, Columns.DIALOGUE_ID, Columns.VERSION,
            Columns.LANGUAGE, Columns.THEME, Columns.THEME_NUMBER, "climate_score", "climate_skipped",
            "climate_revision", "climate_hash");

    /** One climate answer; a null score is a skip. */
    record Row(UUID responseId, String language, Theme theme, @Nullable Integer score, String moduleId,
            String moduleHash) {

        void write(ExportedDialogue dialogue, RowSink sink) {
            sink.id(responseId.toString());
            sink.number(dialogue.id());
            sink.code(dialogue.version().id());
            sink.code(language);
            sink.code(theme.code());
            sink.number(theme.number());
            sink.number(score);
            sink.flag(AnswerSql.isSkipped(score));
            sink.code(moduleId);
            sink.code(moduleHash);
            sink.endRow();
        }
    }

    private final JdbcClient jdbc;

    ClimateExportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A dialogue's climate answers, by response start and theme, of the organisation's responses in these languages. */
    List<Row> rows(long organisationId, long dialogueId, Set<Language> languages) {
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one language");
        }
        boolean narrowed = languages.size() < Language.values().length;
        JdbcClient.StatementSpec statement = jdbc.sql("""
                SELECT c.response_id, r.language, c.theme_code, c.score, c.module_id, c.module_hash
                FROM climate_answer c JOIN response r ON r.id = c.response_id
                WHERE r.organisation_id = :organisation AND c.dialogue_id = :dialogue AND r.excluded_at IS NULL
                """ + (narrowed ? "  AND r.language IN (:languages)\n" : "") + """
                ORDER BY r.started_at, c.response_id
                """)
                .param("organisation", organisationId)
                .param("dialogue", dialogueId);
        if (narrowed) {
            statement = statement.param("languages", languages.stream().map(Language::code).toList());
        }
        List<Row> read = statement.query((rs, row) -> new Row(rs.getObject(1, UUID.class), rs.getString(2),
                        Theme.fromCode(rs.getString(3)).orElseThrow(), AnswerSql.score(rs, 4), rs.getString(5),
                        rs.getString(6)))
                .list();
        Map<UUID, Integer> position = new HashMap<>();
        read.forEach(row -> position.putIfAbsent(row.responseId(), position.size()));
        return read.stream().sorted(Comparator.comparing((Row row) -> position.get(row.responseId()))
                .thenComparing(row -> row.theme().ordinal())).toList();
    }
}
