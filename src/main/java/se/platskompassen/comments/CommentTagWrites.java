package se.platskompassen.comments;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes of the organisation's comment tags and of their links to comments. Tagging is absorbed
 * by the database: putting a tag on again changes nothing ({@code ON CONFLICT DO NOTHING}, or
 * {@code NOT EXISTS} for a whole selection), and links to erased comments go in one statement.
 * The tags' own names are plain writes kept beside them (docs/decisions/0021-persistence-rule.md).
 */
@Repository
class CommentTagWrites {

    private final JdbcClient jdbc;

    CommentTagWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates a tag; returns its id. */
    long insertTag(long organisationId, String name, String key, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO comment_tag (organisation_id, name, name_key, created_at)
                VALUES (:organisation, :name, :key, :now)
                """)
                .param("organisation", organisationId)
                .param("name", name)
                .param("key", key)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void renameTag(long organisationId, long tagId, String name, String key) {
        jdbc.sql("UPDATE comment_tag SET name = :name, name_key = :key WHERE id = :id AND organisation_id = :organisation")
                .param("name", name)
                .param("key", key)
                .param("id", tagId)
                .param("organisation", organisationId)
                .update();
    }

    void deleteTag(long organisationId, long tagId) {
        jdbc.sql("DELETE FROM comment_tag WHERE id = :id AND organisation_id = :organisation")
                .param("id", tagId)
                .param("organisation", organisationId)
                .update();
    }

    /** Puts a tag on a comment; putting it on again changes nothing. */
    void link(CommentRef comment, long tagId, Instant now) {
        jdbc.sql("""
                INSERT INTO comment_tag_link (answer_id, kind, tag_id, tagged_at)
                VALUES (:answer, :kind, :tag, :now)
                ON CONFLICT DO NOTHING
                """)
                .param("answer", comment.answerId())
                .param("kind", comment.kind().name())
                .param("tag", tagId)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Puts a tag on every comment of a selection that does not carry it yet; returns how many. */
    int linkAll(CommentSelection selection, long tagId, Instant now) {
        return jdbc.sql("INSERT INTO comment_tag_link (answer_id, kind, tag_id, tagged_at)"
                        + " SELECT c.answer_id, c.kind, :tag, :now FROM " + selection.sql()
                        + " WHERE NOT EXISTS (SELECT 1 FROM comment_tag_link l"
                        + " WHERE l.answer_id = c.answer_id AND l.kind = c.kind AND l.tag_id = :tag)")
                .params(selection.params())
                .param("tag", tagId)
                .param("now", Timestamp.from(now))
                .update();
    }

    void unlink(CommentRef comment, long tagId) {
        jdbc.sql("DELETE FROM comment_tag_link WHERE answer_id = :answer AND kind = :kind AND tag_id = :tag")
                .param("answer", comment.answerId())
                .param("kind", comment.kind().name())
                .param("tag", tagId)
                .update();
    }

    /** Removes the organisation's tags from comments that were erased (or emptied); returns how many links went. */
    int unlinkErased(long organisationId) {
        return jdbc.sql("""
                DELETE FROM comment_tag_link
                WHERE tag_id IN (SELECT id FROM comment_tag WHERE organisation_id = :organisation)
                  AND EXISTS (SELECT 1 FROM answer a WHERE a.id = comment_tag_link.answer_id
                      AND ((comment_tag_link.kind = 'WORKS_WELL' AND a.works_well IS NULL)
                        OR (comment_tag_link.kind = 'COULD_BE_BETTER' AND a.could_be_better IS NULL)))
                """)
                .param("organisation", organisationId)
                .update();
    }
}
