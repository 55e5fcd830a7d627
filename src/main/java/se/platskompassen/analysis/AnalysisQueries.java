package se.platskompassen.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerSql;
import se.platskompassen.response.CollectionMode;

/**
 * The analyses' reads, in plain SQL. Every figure comes from a {@code GROUP BY theme, score}: from
 * the answer tally when only whole dialogues are chosen (docs/decisions/0006), from the answers
 * joined with their responses when a filter or a background group looks at single responses.
 * Callers pass dialogue ids that they have already scoped to the member's organisation. Read
 * only (docs/decisions/0021-persistence-rule.md); what a tally score means is {@link AnswerSql}'s.
 */
@Repository
class AnalysisQueries {

    private final JdbcClient jdbc;

    AnalysisQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A dialogue as the analyses need it; {@code started} is when it opened (or was created). */
    record DialogueRow(long id, long placeId, String title, Version version, Instant started) {
    }

    /** How many answers gave {@code score} (null: skipped) to a theme, within the group {@code key}. */
    record CountRow(long key, String themeCode, @Nullable Integer score, long answers) implements ScoreCounts.Row {
    }

    /**
     * What single responses must be: collected in one of these modes, completed, given in one of
     * these languages, of a background group.
     */
    record ResponseCriteria(Set<CollectionMode> modes, boolean completedOnly, Set<Language> languages,
            @Nullable BackgroundGroup group) {

        static ResponseCriteria of(Filter filter, @Nullable BackgroundGroup group) {
            return new ResponseCriteria(filter.modes(), filter.completedOnly(), filter.languages(), group);
        }

        /** Whether single responses matter; if not, the answer tally gives the counts. */
        boolean any() {
            return completedOnly || group != null || narrowsModes() || narrowsLanguages();
        }

        /** Completed responses only, and nothing else: the tally less the answers of unfinished responses. */
        boolean completedOnlyAlone() {
            return completedOnly && group == null && !narrowsModes() && !narrowsLanguages();
        }

        private boolean narrowsModes() {
            return modes.size() < CollectionMode.values().length;
        }

        private boolean narrowsLanguages() {
            return languages.size() < Language.values().length;
        }

        /** SQL conditions on the response alias {@code r}; values are parameters, columns come from an enum. */
        String where() {
            StringBuilder where = new StringBuilder();
            if (narrowsModes()) {
                where.append(" AND r.collection_mode IN (:modes)");
            }
            if (completedOnly) {
                where.append(" AND r.completed_at IS NOT NULL");
            }
            if (narrowsLanguages()) {
                where.append(" AND r.language IN (:languages)");
            }
            if (group != null) {
                where.append(" AND r.").append(group.dimension().column()).append(" = :groupValue");
            }
            return where.toString();
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            JdbcClient.StatementSpec bound = statement;
            if (narrowsModes()) {
                bound = bound.param("modes", modes.stream().map(Enum::name).toList());
            }
            if (narrowsLanguages()) {
                bound = bound.param("languages", languages.stream().map(Language::code).toList());
            }
            if (group != null) {
                bound = bound.param("groupValue", group.value());
            }
            return bound;
        }
    }

    /** Every dialogue of an organisation, oldest first. */
    List<DialogueRow> dialogues(long organisationId) {
        return jdbc.sql("""
                SELECT id, place_id, title, version, COALESCE(opens_at, first_opened_at, created_at) AS started
                FROM dialogue WHERE organisation_id = :organisation
                ORDER BY started, id
                """)
                .param("organisation", organisationId)
                .query((rs, row) -> new DialogueRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        Version.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** The areas the organisation's respondents named, in order. */
    List<String> areas(long organisationId) {
        return jdbc.sql("""
                SELECT DISTINCT area FROM response
                WHERE organisation_id = :organisation AND area IS NOT NULL AND excluded_at IS NULL
                ORDER BY area
                """)
                .param("organisation", organisationId)
                .query(String.class)
                .list();
    }

    /** Counts per theme and score of all these dialogues' answers together (key 0). */
    List<CountRow> counts(Collection<Long> dialogueIds, ResponseCriteria criteria) {
        return query(dialogueIds, criteria, "0", "0");
    }

    /** Counts per theme and score, one group per dialogue (the key is the dialogue id). */
    List<CountRow> countsByDialogue(Collection<Long> dialogueIds, ResponseCriteria criteria) {
        return query(dialogueIds, criteria, "r.dialogue_id", "t.dialogue_id");
    }

    /** Counts per theme and score, one group per place (the key is the place id). */
    List<CountRow> countsByPlace(Collection<Long> dialogueIds, ResponseCriteria criteria) {
        return query(dialogueIds, criteria, "d.place_id", "d.place_id");
    }

    /**
     * One {@code GROUP BY key, theme, score}. The key expressions are constants of this class,
     * never input. Only the responses' dialogue is restricted (an answer's is the same, decision
     * 0003): testing every answer row against a thousand ids cost more than it saved.
     */
    private List<CountRow> query(Collection<Long> dialogueIds, ResponseCriteria criteria, String answerKey,
            String tallyKey) {
        if (dialogueIds.isEmpty()) {
            return List.of();
        }
        String answerGroup = answerKey.equals("0") ? "" : answerKey + ", ";
        String tallyGroup = tallyKey.equals("0") ? "" : tallyKey + ", ";
        String sql = criteria.completedOnlyAlone() ? tallyLessUnfinished(answerKey, answerGroup, tallyKey)
                : criteria.any()
                ? "SELECT " + answerKey + ", a.theme_code, a.score, COUNT(*) FROM response r"
                        + " JOIN answer a ON a.response_id = r.id"
                        + (answerKey.startsWith("d.") ? " JOIN dialogue d ON d.id = r.dialogue_id" : "")
                        + " WHERE r.dialogue_id = ANY(:dialogues) AND r.excluded_at IS NULL" + criteria.where()
                        + " GROUP BY " + answerGroup + "a.theme_code, a.score"
                : "SELECT " + tallyKey + ", t.theme_code, t.score, SUM(t.answers) FROM answer_tally t"
                        + (tallyKey.startsWith("d.") ? " JOIN dialogue d ON d.id = t.dialogue_id" : "")
                        + " WHERE t.dialogue_id = ANY(:dialogues) AND t.answers > 0"
                        + " GROUP BY " + tallyGroup + "t.theme_code, t.score";
        boolean tally = !criteria.any() || criteria.completedOnlyAlone();
        List<CountRow> rows = new ArrayList<>();
        criteria.bind(jdbc.sql(sql).param("dialogues", array(dialogueIds)))
                .query(rs -> {
                    Integer score = AnswerSql.score(rs, 3);
                    if (tally && score != null) {
                        score = AnswerSql.fromTally(score);
                    }
                    rows.add(new CountRow(rs.getLong(1), rs.getString(2), score, rs.getLong(4)));
                });
        return rows;
    }

    /**
     * Counts of completed responses as the answer tally less the answers of unfinished responses,
     * in one statement (one snapshot). Most responses are completed, so this reads the small
     * tally and the few unfinished responses' answers instead of joining every answer with its
     * response: about twice as fast on the benchmark data (decision 0013). Skips count as score
     * 0, as in the tally. Excluded responses are in neither part (decision 0019).
     */
    private static String tallyLessUnfinished(String answerKey, String answerGroup, String tallyKey) {
        return "SELECT k, theme_code, score, SUM(n) FROM ("
                + " SELECT " + tallyKey + " AS k, t.theme_code, t.score, t.answers AS n FROM answer_tally t"
                + (tallyKey.startsWith("d.") ? " JOIN dialogue d ON d.id = t.dialogue_id" : "")
                + " WHERE t.dialogue_id = ANY(:dialogues) AND t.answers > 0"
                + " UNION ALL"
                + " SELECT " + answerKey + ", a.theme_code, " + AnswerSql.TALLY_SCORE + ", -COUNT(*) FROM response r"
                + " JOIN answer a ON a.response_id = r.id"
                + (answerKey.startsWith("d.") ? " JOIN dialogue d ON d.id = r.dialogue_id" : "")
                + " WHERE r.dialogue_id = ANY(:dialogues) AND r.completed_at IS NULL AND r.excluded_at IS NULL"
                + " GROUP BY " + answerGroup + "a.theme_code, " + AnswerSql.TALLY_SCORE
                + ") parts GROUP BY k, theme_code, score HAVING SUM(n) <> 0";
    }

    /**
     * The ids as one array parameter ({@code = ANY(:dialogues)}): a thousand ids as a thousand
     * parameters made PostgreSQL plan and bind for longer than it counted.
     */
    private static Long[] array(Collection<Long> ids) {
        return ids.toArray(new Long[0]);
    }

    /** The organisation's places, archived ones included: id, name and whether archived. */
    List<PlaceRow> places(long organisationId) {
        return jdbc.sql("SELECT id, name, archived FROM place WHERE organisation_id = :organisation")
                .param("organisation", organisationId)
                .query((rs, row) -> new PlaceRow(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    record PlaceRow(long id, String name, boolean archived) {
    }

    /** Respondents (responses) of each of these dialogues that meet the criteria, by dialogue id. */
    Map<Long, Long> respondentsByDialogue(Collection<Long> dialogueIds, ResponseCriteria criteria) {
        Map<Long, Long> respondents = new HashMap<>();
        if (dialogueIds.isEmpty()) {
            return respondents;
        }
        criteria.bind(jdbc.sql("SELECT r.dialogue_id, COUNT(*) FROM response r WHERE r.dialogue_id = ANY(:dialogues)"
                        + " AND r.excluded_at IS NULL" + criteria.where() + " GROUP BY r.dialogue_id")
                        .param("dialogues", array(dialogueIds)))
                .query(rs -> {
                    respondents.put(rs.getLong(1), rs.getLong(2));
                });
        return respondents;
    }
}
