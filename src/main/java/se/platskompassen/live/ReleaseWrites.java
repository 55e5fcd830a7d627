package se.platskompassen.live;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.platskompassen.questionnaire.Theme;

/**
 * Writes of the released pictures ({@code live_release*}, migration V11). A release is a
 * compare-and-set on the theme's revision (the first one an {@code INSERT ... ON CONFLICT DO
 * NOTHING}), so that of two instances releasing at once exactly one wins
 * (docs/decisions/0011-live-updates.md, 0021-persistence-rule.md); and the hold of a projector's
 * picture until the facilitator reveals it ({@code live_hold}, migration V17, decision 0039).
 */
@Repository
class ReleaseWrites {

    private final JdbcClient jdbc;

    ReleaseWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces the theme's release with the batch if nobody released it meanwhile (the revision
     * read before is still there); false when another instance came first.
     */
    boolean release(long dialogueId, Theme theme, Optional<ReleaseQueries.Released> before, ReleaseQueries.Batch batch, Instant now) {
        Timestamp upTo = Timestamp.from(batch.upTo() != null ? batch.upTo() : Instant.EPOCH);
        int changed = before.isPresent()
                ? jdbc.sql("""
                        UPDATE live_release SET revision = revision + 1, answers = :answers, answers_up_to = :upTo,
                                                released_at = :now
                        WHERE dialogue_id = :dialogue AND theme_code = :theme AND revision = :revision
                        """)
                        .param("revision", before.get().revision())
                        .param("answers", batch.answers()).param("upTo", upTo).param("now", Timestamp.from(now))
                        .param("dialogue", dialogueId).param("theme", theme.code())
                        .update()
                : jdbc.sql("""
                        INSERT INTO live_release (dialogue_id, theme_code, revision, answers, answers_up_to, released_at)
                        VALUES (:dialogue, :theme, 1, :answers, :upTo, :now)
                        ON CONFLICT DO NOTHING
                        """)
                        .param("answers", batch.answers()).param("upTo", upTo).param("now", Timestamp.from(now))
                        .param("dialogue", dialogueId).param("theme", theme.code())
                        .update();
        if (changed == 0) {
            return false;
        }
        for (String table : List.of("live_release_score", "live_release_comment", "live_release_climate")) {
            jdbc.sql("DELETE FROM " + table + " WHERE dialogue_id = :dialogue AND theme_code = :theme")
                    .param("dialogue", dialogueId).param("theme", theme.code()).update();
        }
        batch.scores().forEach((score, answers) -> jdbc.sql("""
                INSERT INTO live_release_score (dialogue_id, theme_code, score, answers)
                VALUES (:dialogue, :theme, :score, :answers)
                """)
                .param("dialogue", dialogueId).param("theme", theme.code())
                .param("score", score).param("answers", answers)
                .update());
        batch.climate().forEach((score, answers) -> jdbc.sql("""
                INSERT INTO live_release_climate (dialogue_id, theme_code, score, answers)
                VALUES (:dialogue, :theme, :score, :answers)
                """)
                .param("dialogue", dialogueId).param("theme", theme.code())
                .param("score", score).param("answers", answers)
                .update());
        batch.comments().forEach(comment -> jdbc.sql("""
                INSERT INTO live_release_comment (dialogue_id, theme_code, answer_id, kind, comment_text)
                VALUES (:dialogue, :theme, :answer, :kind, :text)
                """)
                .param("dialogue", dialogueId).param("theme", theme.code()).param("answer", comment.answerId())
                .param("kind", comment.kind().name()).param("text", comment.text())
                .update());
        return true;
    }

    /** Holds the dialogue's picture back (migration V17); false when it was held already. */
    boolean hold(long dialogueId, Instant now) {
        return jdbc.sql("INSERT INTO live_hold (dialogue_id, held_at) VALUES (:dialogue, :now) ON CONFLICT DO NOTHING")
                .param("dialogue", dialogueId).param("now", Timestamp.from(now))
                .update() > 0;
    }

    /** Lets the dialogue's picture show again; false when it was not held. */
    boolean reveal(long dialogueId) {
        return jdbc.sql("DELETE FROM live_hold WHERE dialogue_id = :dialogue").param("dialogue", dialogueId).update() > 0;
    }

    /** Forgets the releases of an organisation's dialogues: their copies of comments go with them. */
    int forgetOrganisation(long organisationId) {
        return jdbc.sql("""
                DELETE FROM live_release
                WHERE dialogue_id IN (SELECT id FROM dialogue WHERE organisation_id = :organisation)
                """)
                .param("organisation", organisationId)
                .update();
    }
}
