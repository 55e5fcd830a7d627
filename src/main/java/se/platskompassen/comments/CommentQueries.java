package se.platskompassen.comments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerSql;
import se.platskompassen.response.Comment;

/**
 * The named reads of comments and their tags: a page of a selection, its size, its counts per
 * tag, the tags. A comment is not a row of its own but one of the two free-text columns of an
 * answer ({@link AnswerSql#commentColumn}); a selection is therefore the union of the "works well"
 * and the "could be better" columns that pass the filter. Every query is bound to one
 * organisation, and everything a person typed goes in as a parameter, never into the SQL text.
 * The writes are in {@link CommentTagWrites} (docs/decisions/0021-persistence-rule.md).
 */
@Repository
class CommentQueries {

    /**
     * Comments in the fixed theme order, "works well" before "could be better", then in the
     * database's alphabetical order of their text (never in the order they came in). Sorting on
     * the text itself rather than LOWER(text) saves a third of a search of a million answers.
     */
    private static final String ORDER = "CASE c.theme_code "
            + Stream.of(Theme.values()).map(t -> "WHEN '" + t.code() + "' THEN " + t.number())
                    .collect(Collectors.joining(" "))
            + " ELSE 99 END, CASE c.kind WHEN 'WORKS_WELL' THEN 0 ELSE 1 END, c.text, c.answer_id";

    private final JdbcClient jdbc;
    private volatile @Nullable Boolean lowerKnowsSwedish;

    CommentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The SQL of the comments that pass a filter, for this database. */
    CommentSelection selection(long organisationId, CommentFilter filter) {
        Boolean known = lowerKnowsSwedish;
        if (known == null) {
            known = jdbc.sql(CommentSelection.LOWER_TEST).query(Boolean.class).single();
            lowerKnowsSwedish = known;
        }
        return CommentSelection.of(organisationId, filter, known,
                CommentSelection.narrowsDialogues(filter) ? dialogues(organisationId, filter) : null);
    }

    /**
     * The organisation's dialogues that pass the place, dialogue and version parts of a filter. A
     * handful of dialogue ids lets the database read just their answers by index; a condition on
     * the joined dialogue would have it scan every answer of every organisation.
     */
    private List<Long> dialogues(long organisationId, CommentFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT id FROM dialogue WHERE organisation_id = :organisation");
        Map<String, Object> params = new HashMap<>();
        params.put("organisation", organisationId);
        if (!filter.placeIds().isEmpty()) {
            sql.append(" AND place_id IN (:places)");
            params.put("places", filter.placeIds());
        }
        if (!filter.dialogueIds().isEmpty()) {
            sql.append(" AND id IN (:dialogues)");
            params.put("dialogues", filter.dialogueIds());
        }
        if (!filter.versions().isEmpty()) {
            sql.append(" AND version IN (:versions)");
            params.put("versions", filter.versions().stream().map(Version::name).toList());
        }
        return jdbc.sql(sql.toString()).params(params).query(Long.class).list();
    }

    /** A comment as found, before its tags are added. */
    record Found(CommentRef ref, Theme theme, String text, long placeId, String placeName, long dialogueId,
            String dialogueTitle, Version version, Instant savedAt) {
    }

    /** One page of a selection, in a stable order. */
    List<Found> page(long organisationId, CommentFilter filter, int offset, int limit) {
        CommentSelection selection = selection(organisationId, filter);
        List<Row> rows = jdbc.sql("SELECT c.answer_id, c.kind, c.text, c.theme_code, c.dialogue_id, c.saved_at FROM "
                        + selection.sql() + " ORDER BY " + ORDER + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .params(selection.params())
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, row) -> new Row(new CommentRef(rs.getLong(1), Comment.Kind.valueOf(rs.getString(2))),
                        rs.getString(3), Theme.fromCode(rs.getString(4)).orElseThrow(), rs.getLong(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
        Map<Long, Where> where = where(organisationId, rows.stream().map(Row::dialogueId).distinct().toList());
        return rows.stream().map(row -> {
            Where at = where.get(row.dialogueId());
            return new Found(row.ref(), row.theme(), row.text(), at.placeId(), at.placeName(), row.dialogueId(),
                    at.title(), at.version(), row.savedAt());
        }).toList();
    }

    private record Row(CommentRef ref, String text, Theme theme, long dialogueId, Instant savedAt) {
    }

    /** Where comments were given: a dialogue and its place. */
    private record Where(String title, Version version, long placeId, String placeName) {
    }

    /** The dialogues and places of a page's comments, in one query. */
    private Map<Long, Where> where(long organisationId, List<Long> dialogueIds) {
        Map<Long, Where> where = new HashMap<>();
        if (dialogueIds.isEmpty()) {
            return where;
        }
        jdbc.sql("""
                SELECT d.id, d.title, d.version, p.id, p.name FROM dialogue d JOIN place p ON p.id = d.place_id
                WHERE d.organisation_id = :organisation AND d.id IN (:dialogues)
                """)
                .param("organisation", organisationId)
                .param("dialogues", dialogueIds)
                .query(rs -> {
                    where.put(rs.getLong(1), new Where(rs.getString(2), Version.valueOf(rs.getString(3)), rs.getLong(4),
                            rs.getString(5)));
                });
        return where;
    }

    /** How many comments a selection has. */
    long count(long organisationId, CommentFilter filter) {
        CommentSelection selection = selection(organisationId, filter);
        return jdbc.sql("SELECT COUNT(*) FROM " + selection.sql()).params(selection.params()).query(Long.class).single();
    }

    /** How many comments a selection has, and from how many people (responses). */
    record Size(long comments, long respondents) {
    }

    Size size(long organisationId, CommentFilter filter) {
        CommentSelection selection = selection(organisationId, filter);
        return jdbc.sql("SELECT COUNT(*), COUNT(DISTINCT c.response_id) FROM " + selection.sql())
                .params(selection.params())
                .query((rs, row) -> new Size(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    /** How many of a selection's comments carry each tag, by tag id (tags on none are left out). */
    Map<Long, Long> countsByTag(long organisationId, CommentFilter filter) {
        CommentSelection selection = selection(organisationId, filter);
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT l.tag_id, COUNT(*) FROM " + selection.sql()
                        + " JOIN comment_tag_link l ON l.answer_id = c.answer_id AND l.kind = c.kind GROUP BY l.tag_id")
                .params(selection.params())
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    /** The organisation's tags on these comments, in one query. */
    Map<CommentRef, List<CommentTag>> tagsOf(long organisationId, Collection<CommentRef> comments) {
        Map<CommentRef, List<CommentTag>> tags = new HashMap<>();
        if (comments.isEmpty()) {
            return tags;
        }
        jdbc.sql("""
                SELECT l.answer_id, l.kind, t.id, t.name FROM comment_tag_link l
                JOIN comment_tag t ON t.id = l.tag_id
                WHERE t.organisation_id = :organisation AND l.answer_id IN (:answers)
                """)
                .param("organisation", organisationId)
                .param("answers", comments.stream().map(CommentRef::answerId).distinct().toList())
                .query(rs -> {
                    CommentRef ref = new CommentRef(rs.getLong(1), Comment.Kind.valueOf(rs.getString(2)));
                    tags.computeIfAbsent(ref, r -> new ArrayList<>()).add(new CommentTag(rs.getLong(3), rs.getString(4)));
                });
        return tags;
    }

    /** Whether a comment exists, is not erased, and belongs to one of the organisation's dialogues. */
    boolean commentExists(long organisationId, CommentRef comment) {
        return jdbc.sql("SELECT COUNT(*) FROM answer a JOIN dialogue d ON d.id = a.dialogue_id"
                        + " WHERE a.id = :answer AND d.organisation_id = :organisation AND " + CommentSelection.column(comment.kind())
                        + " IS NOT NULL")
                .param("answer", comment.answerId())
                .param("organisation", organisationId)
                .query(Long.class)
                .single() > 0;
    }

    // --- tags -----------------------------------------------------------------------------------

    List<CommentTag> tags(long organisationId) {
        return jdbc.sql("SELECT id, name FROM comment_tag WHERE organisation_id = :organisation")
                .param("organisation", organisationId)
                .query((rs, row) -> new CommentTag(rs.getLong(1), rs.getString(2)))
                .list();
    }

    Optional<CommentTag> tag(long organisationId, long tagId) {
        return jdbc.sql("SELECT id, name FROM comment_tag WHERE id = :id AND organisation_id = :organisation")
                .param("id", tagId)
                .param("organisation", organisationId)
                .query((rs, row) -> new CommentTag(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    /** The id of the organisation's tag with this name key, if any. */
    Optional<Long> tagIdByKey(long organisationId, String key) {
        return jdbc.sql("SELECT id FROM comment_tag WHERE organisation_id = :organisation AND name_key = :key")
                .param("organisation", organisationId)
                .param("key", key)
                .query(Long.class)
                .optional();
    }

    /** How many comments (not erased) carry a tag. */
    long uses(long tagId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM comment_tag_link l JOIN answer a ON a.id = l.answer_id
                WHERE l.tag_id = :tag
                  AND NOT EXISTS (SELECT 1 FROM response r WHERE r.id = a.response_id AND r.excluded_at IS NOT NULL)
                  AND ((l.kind = 'WORKS_WELL' AND a.works_well IS NOT NULL)
                    OR (l.kind = 'COULD_BE_BETTER' AND a.could_be_better IS NOT NULL))
                """)
                .param("tag", tagId)
                .query(Long.class)
                .single();
    }
}
