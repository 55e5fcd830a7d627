package se.platskompassen.comments;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.AnswerSql;
import se.platskompassen.response.Comment;

/**
 * The SQL of a selection of comments, as a derived table {@code c}, and the values of its
 * parameters. A comment is one of the two free-text columns of an answer, so the selection is the
 * union of the "works well" and the "could be better" columns that pass the filter. It is always
 * bound to one organisation, and what a person typed only ever goes in as a parameter.
 *
 * <p>Columns: answer_id, kind, text, theme_code, response_id, dialogue_id, saved_at. The answers
 * are bound to the organisation by their dialogue ids (a semi-join, or the ids of the dialogues the
 * filter names), not by joining each answer to its dialogue: with a text search the database
 * cannot guess how many rows match, and a join planned for a handful of rows runs for many
 * thousands.
 */
record CommentSelection(String sql, Map<String, Object> params) {

    /**
     * Letters that a PostgreSQL database in the plain C locale leaves as they are in LOWER() (it
     * lowers only A to Z); on such a database they are lowered first with TRANSLATE, which costs
     * about as much again as the search itself. Every UTF-8 locale, and H2, lower them anyway.
     */
    private static final String UPPER = "ÅÄÖÆØÜÉÈÁÀ";
    private static final String LOWER = "åäöæøüéèáà";

    CommentSelection {
        params = Map.copyOf(params);
    }

    /**
     * @param lowerKnowsSwedish whether the database's LOWER() lowers Å, Ä and Ö (see
     *                      {@link #LOWER_TEST})
     */
    static CommentSelection of(long organisationId, CommentFilter filter, boolean lowerKnowsSwedish) {
        return of(organisationId, filter, lowerKnowsSwedish, null);
    }

    /**
     * @param dialogues the organisation's dialogues that pass the filter's place, dialogue and
     *                  version parts, looked up first when the filter has any (null: it has none).
     *                  Answers are then read by dialogue through their index, not by scanning all
     *                  of them.
     */
    static CommentSelection of(long organisationId, CommentFilter filter, boolean lowerKnowsSwedish,
            @Nullable Collection<Long> dialogues) {
        if (dialogues == null && narrowsDialogues(filter)) {
            throw new IllegalArgumentException("A filter by place, dialogue or version needs its dialogues looked up");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("organisation", organisationId);
        if (dialogues != null && !dialogues.isEmpty()) {
            params.put("dialogues", List.copyOf(dialogues));
        }
        List<String> branches = new ArrayList<>();
        for (Comment.Kind kind : Comment.Kind.values()) {
            if (filter.kind() == null || filter.kind() == kind) {
                branches.add(branch(kind, filter, params, lowerKnowsSwedish, dialogues));
            }
        }
        return new CommentSelection("(" + String.join(" UNION ALL ", branches) + ") c", params);
    }

    /** The answer column that holds a kind of comment; never anything a person typed. */
    static String column(Comment.Kind kind) {
        return AnswerSql.commentColumn(kind);
    }

    /** Whether the database's LOWER() lowers the Swedish letters; true or false, never null. */
    static final String LOWER_TEST = "SELECT CASE WHEN LOWER('ÅÄÖ') = 'åäö' THEN TRUE ELSE FALSE END";

    /** Whether a filter narrows by dialogue: by place, dialogue or version. */
    static boolean narrowsDialogues(CommentFilter filter) {
        return !filter.placeIds().isEmpty() || !filter.dialogueIds().isEmpty() || !filter.versions().isEmpty();
    }

    private static String branch(Comment.Kind kind, CommentFilter filter, Map<String, Object> params,
            boolean lowerKnowsSwedish, @Nullable Collection<Long> dialogues) {
        String text = column(kind);
        StringBuilder sql = new StringBuilder("SELECT a.id AS answer_id, '" + kind.name() + "' AS kind, " + text
                + " AS text, a.theme_code, a.response_id, a.dialogue_id, a.saved_at FROM answer a"
                + " WHERE a.dialogue_id IN (SELECT id FROM dialogue WHERE organisation_id = :organisation)"
                + " AND " + text + " IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM response r WHERE r.id = a.response_id AND r.excluded_at IS NOT NULL)");
        if (dialogues != null) {
            sql.append(dialogues.isEmpty() ? " AND 1 = 0" : " AND a.dialogue_id IN (:dialogues)");
        }
        if (filter.from() != null) {
            sql.append(" AND a.saved_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.until() != null) {
            sql.append(" AND a.saved_at < :until");
            params.put("until", Timestamp.from(filter.until()));
        }
        if (!filter.themes().isEmpty()) {
            sql.append(" AND a.theme_code IN (:themes)");
            params.put("themes", filter.themes().stream().map(Theme::code).toList());
        }
        if (!filter.text().isEmpty()) {
            String folded = lowerKnowsSwedish ? text : "TRANSLATE(" + text + ", '" + UPPER + "', '" + LOWER + "')";
            sql.append(" AND LOWER(").append(folded).append(") LIKE :text ESCAPE '").append(CommentSearchText.ESCAPE)
                    .append("'");
            params.put("text", CommentSearchText.containsPattern(filter.text()));
        }
        if (filter.tagId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM comment_tag_link l WHERE l.answer_id = a.id AND l.kind = '")
                    .append(kind.name()).append("' AND l.tag_id = :tag)");
            params.put("tag", filter.tagId());
        } else if (filter.untagged()) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM comment_tag_link l WHERE l.answer_id = a.id AND l.kind = '")
                    .append(kind.name()).append("')");
        }
        return sql.toString();
    }
}
