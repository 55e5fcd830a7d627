package se.platskompassen.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.AnswerSql;

/**
 * Reads responses and answers for exports, streaming: the responses of a dialogue come through
 * one cursor (a fetch size inside the caller's read-only transaction, which on PostgreSQL keeps
 * autocommit off, so the driver fetches row by row instead of loading the whole result), and
 * their answers are read for {@value #CHUNK} responses at a time through the answer table's
 * unique index. Only that many responses are ever in memory. Writes never happen here: imports
 * go through {@code ResponseService.record} (docs/decisions/0016-exports-and-imports.md, 0021).
 */
@Repository
class ExchangeQueries {

    /** Responses whose answers are read and written out together. */
    static final int CHUNK = 500;

    static final Set<Language> EVERY_LANGUAGE = Set.copyOf(EnumSet.allOf(Language.class));

    private final JdbcClient jdbc;

    ExchangeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The response part of a row, before its answers are read. */
    private record Head(UUID id, long dialogueId, String revision, String hash, String language, String mode,
            @Nullable String formNumber, Instant startedAt, @Nullable Instant completedAt, @Nullable String ageBand, @Nullable String gender,
            @Nullable String relation, @Nullable String area) {
    }

    /**
     * Hands every response of one of the organisation's dialogues, with its answers, to
     * {@code each}, in the order they were started. Must run inside a (read-only) transaction.
     */
    void forEachResponse(long organisationId, long dialogueId, Consumer<ExportedResponse> each) {
        forEachChunk(organisationId, dialogueId, chunk -> chunk.forEach(each));
    }

    /**
     * Hands the responses of one of the organisation's dialogues (those counted in its figures:
     * excluded ones are left out, decision 0019), with their answers, to
     * {@code each} in chunks of at most {@value #CHUNK}, in the order they were started. Must run
     * inside a (read-only) transaction.
     */
    void forEachChunk(long organisationId, long dialogueId, Consumer<List<ExportedResponse>> each) {
        forEachChunk(organisationId, dialogueId, EVERY_LANGUAGE, each);
    }

    /** The same, only the responses given in one of {@code languages}. */
    void forEachChunk(long organisationId, long dialogueId, Set<Language> languages,
            Consumer<List<ExportedResponse>> each) {
        List<Head> chunk = new ArrayList<>(CHUNK);
        inLanguages(jdbc.sql("""
                SELECT id, dialogue_id, questionnaire_version, questionnaire_hash, language, collection_mode,
                       form_number, started_at, completed_at, age_band, gender, relation, area
                FROM response
                WHERE organisation_id = :organisation AND dialogue_id = :dialogue AND excluded_at IS NULL
                """ + languageCondition(languages, "") + """
                ORDER BY started_at, id
                """), languages)
                .param("organisation", organisationId)
                .param("dialogue", dialogueId)
                .withFetchSize(CHUNK)
                .query(rs -> {
                    chunk.add(head(rs));
                    if (chunk.size() == CHUNK) {
                        emit(dialogueId, chunk, each);
                        chunk.clear();
                    }
                });
        emit(dialogueId, chunk, each);
    }

    /**
     * At most {@code limit} responses of one of the organisation's dialogues, with their answers,
     * in the order of {@link #forEachChunk} and after {@code after} (from the start when null):
     * one page of the JSON API, read by position rather than by offset, so that later pages cost
     * no more than the first.
     */
    List<ExportedResponse> page(long organisationId, long dialogueId, Set<Language> languages,
            @Nullable ResponsePosition after, int limit) {
        List<Head> heads = new ArrayList<>(limit);
        String afterCondition = after == null ? "" : """
                  AND (started_at > :afterStarted OR (started_at = :afterStarted AND id > :afterId))
                """;
        var statement = inLanguages(jdbc.sql("""
                SELECT id, dialogue_id, questionnaire_version, questionnaire_hash, language, collection_mode,
                       form_number, started_at, completed_at, age_band, gender, relation, area
                FROM response
                WHERE organisation_id = :organisation AND dialogue_id = :dialogue AND excluded_at IS NULL
                """ + languageCondition(languages, "") + afterCondition + """
                ORDER BY started_at, id
                FETCH FIRST :limit ROWS ONLY
                """), languages)
                .param("organisation", organisationId)
                .param("dialogue", dialogueId)
                .param("limit", limit);
        if (after != null) {
            statement = statement.param("afterStarted", after.startedAt().atOffset(ZoneOffset.UTC))
                    .param("afterId", after.id());
        }
        statement.query(rs -> {
            heads.add(head(rs));
        });
        List<ExportedResponse> page = new ArrayList<>(heads.size());
        emit(dialogueId, heads, page::addAll);
        return page;
    }

    /** How many of the dialogue's responses (those counted in its figures) were given in one of {@code languages}. */
    long count(long organisationId, long dialogueId, Set<Language> languages) {
        return inLanguages(jdbc.sql("""
                SELECT COUNT(*) FROM response
                WHERE organisation_id = :organisation AND dialogue_id = :dialogue AND excluded_at IS NULL
                """ + languageCondition(languages, "")), languages)
                .param("organisation", organisationId)
                .param("dialogue", dialogueId)
                .query(Long.class).single();
    }

    /**
     * A dialogue's counts per theme and score of the responses given in one of {@code languages},
     * every saved answer included as in the answer tally: the workbook's summary of exactly the
     * rows it holds.
     */
    ScoreCounts scoreCounts(Dialogue dialogue, Set<Language> languages) {
        ScoreCounts.Builder counts = ScoreCounts.on(dialogue.version().scale());
        inLanguages(jdbc.sql("""
                SELECT a.theme_code, a.score, COUNT(*) FROM response r JOIN answer a ON a.response_id = r.id
                WHERE r.dialogue_id = :dialogue AND r.excluded_at IS NULL
                """ + languageCondition(languages, "r.") + """
                GROUP BY a.theme_code, a.score
                """), languages)
                .param("dialogue", dialogue.id())
                .query(rs -> {
                    Theme theme = Theme.fromCode(rs.getString(1)).orElse(null);
                    if (theme != null) {
                        counts.add(theme, AnswerSql.score(rs, 2), rs.getLong(3));
                    }
                });
        return counts.respondents(count(dialogue.organisationId(), dialogue.id(), languages)).build();
    }

    /** A condition on the response's language, or none when every language counts. */
    private static String languageCondition(Set<Language> languages, String alias) {
        return narrows(languages) ? "  AND " + alias + "language IN (:languages)\n" : "";
    }

    private static JdbcClient.StatementSpec inLanguages(JdbcClient.StatementSpec statement, Set<Language> languages) {
        return narrows(languages) ? statement.param("languages", languages.stream().map(Language::code).toList())
                : statement;
    }

    private static boolean narrows(Set<Language> languages) {
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one language");
        }
        return languages.size() < Language.values().length;
    }

    private void emit(long dialogueId, List<Head> heads, Consumer<List<ExportedResponse>> each) {
        if (heads.isEmpty()) {
            return;
        }
        Map<UUID, ExportedAnswer[]> answers = new HashMap<>(heads.size() * 2);
        List<UUID> ids = new ArrayList<>(heads.size());
        for (Head head : heads) {
            ids.add(head.id());
            answers.put(head.id(), new ExportedAnswer[Theme.COUNT]);
        }
        jdbc.sql("""
                SELECT response_id, theme_code, score, works_well, could_be_better FROM answer
                WHERE dialogue_id = :dialogue AND response_id IN (:ids)
                """)
                .param("dialogue", dialogueId)
                .param("ids", ids)
                .withFetchSize(CHUNK * Theme.COUNT)
                .query(rs -> {
                    ExportedAnswer[] slots = answers.get(rs.getObject(1, UUID.class));
                    Theme theme = Theme.fromCode(rs.getString(2)).orElse(null);
                    if (slots != null && theme != null) {
                        slots[theme.ordinal()] = new ExportedAnswer(theme, AnswerSql.score(rs, 3),
                                rs.getString(4), rs.getString(5));
                    }
                });
        ClimateColumns.read(jdbc, dialogueId, ids, answers);
        List<ExportedResponse> chunk = new ArrayList<>(heads.size());
        for (Head head : heads) {
            chunk.add(new ExportedResponse(head.id(), head.dialogueId(), head.revision(), head.hash(),
                    head.language(), head.mode(), head.formNumber(), head.startedAt(), head.completedAt(), head.ageBand(), head.gender(),
                    head.relation(), head.area(), answers.get(head.id())));
        }
        each.accept(chunk);
    }

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), instant(rs, 8), instantOrNull(rs, 9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Instant instant = instantOrNull(rs, column);
        if (instant == null) {
            throw new IllegalStateException("A required time is missing");
        }
        return instant;
    }

    private static @Nullable Instant instantOrNull(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    /** The paper form numbers a dialogue has, in lower case, with the response that holds each. */
    Map<String, UUID> formNumbersOf(long dialogueId) {
        Map<String, UUID> found = new HashMap<>();
        jdbc.sql("SELECT form_number, id FROM response WHERE dialogue_id = :dialogue AND form_number IS NOT NULL")
                .param("dialogue", dialogueId)
                .query(rs -> {
                    found.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getObject(2, UUID.class));
                });
        return found;
    }

    /**
     * For response ids that exist anywhere, the dialogue that holds each. An import uses it to tell
     * rows that are already in its dialogue from ids that another dialogue uses; it reports the
     * latter without saying which dialogue or whose.
     */
    Map<UUID, Long> dialoguesOf(Collection<UUID> ids) {
        Map<UUID, Long> found = new HashMap<>();
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<UUID> part = all.subList(from, Math.min(all.size(), from + CHUNK));
            jdbc.sql("SELECT id, dialogue_id FROM response WHERE id IN (:ids)")
                    .param("ids", part)
                    .query(rs -> {
                        found.put(rs.getObject(1, UUID.class), rs.getLong(2));
                    });
        }
        return found;
    }
}
