package se.platskompassen.discussion;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import se.platskompassen.questionnaire.Theme;

/**
 * Writes of theme outcomes and actions in plain SQL. An outcome row is created on the first
 * change of a theme (INSERT ... ON CONFLICT DO NOTHING) and then updated column by column, so
 * that two people recording different things about the same theme at once do not overwrite each
 * other. The actions are plain writes kept beside them, each bound to its dialogue
 * (docs/decisions/0021-persistence-rule.md).
 */
@Repository
class DiscussionWrites {

    private final JdbcClient jdbc;

    DiscussionWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void saveAgreedScore(long dialogueId, Theme theme, @Nullable Integer score, String by, Instant at) {
        updateOutcome(dialogueId, theme, "agreed_score", score, by, at);
    }

    void saveNotes(long dialogueId, Theme theme, @Nullable String notes, String by, Instant at) {
        updateOutcome(dialogueId, theme, "notes", notes, by, at);
    }

    void savePriority(long dialogueId, Theme theme, boolean priority, String by, Instant at) {
        updateOutcome(dialogueId, theme, "priority", priority, by, at);
    }

    /** {@code column} is one of the three names above, never user input. */
    private void updateOutcome(long dialogueId, Theme theme, String column, @Nullable Object value, String by,
            Instant at) {
        jdbc.sql("""
                INSERT INTO theme_outcome (dialogue_id, theme_code, priority, saved_by, saved_at)
                VALUES (?, ?, FALSE, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(dialogueId, theme.code(), by, Timestamp.from(at))
                .update();
        jdbc.sql("UPDATE theme_outcome SET " + column + " = ?, saved_by = ?, saved_at = ?"
                        + " WHERE dialogue_id = ? AND theme_code = ?")
                .params(value, by, Timestamp.from(at), dialogueId, theme.code())
                .update();
    }

    long insertAction(long dialogueId, NewAction action, String by, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO dialogue_action (dialogue_id, theme_code, what, who, due_date, status, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, 'PLANNED', ?, ?)""")
                .params(dialogueId, themeCode(action), action.what(), action.who(), dueDate(action), by,
                        Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean updateAction(long dialogueId, long actionId, NewAction action) {
        return jdbc.sql("UPDATE dialogue_action SET theme_code = ?, what = ?, who = ?, due_date = ?"
                        + " WHERE id = ? AND dialogue_id = ?")
                .params(themeCode(action), action.what(), action.who(), dueDate(action), actionId, dialogueId)
                .update() == 1;
    }

    boolean setActionStatus(long dialogueId, long actionId, ActionStatus status, @Nullable String note,
            LocalDate day) {
        return jdbc.sql("UPDATE dialogue_action SET status = ?, status_note = ?, status_date = ?"
                        + " WHERE id = ? AND dialogue_id = ?")
                .params(status.name(), note, Date.valueOf(day), actionId, dialogueId)
                .update() == 1;
    }

    boolean deleteAction(long dialogueId, long actionId) {
        return jdbc.sql("DELETE FROM dialogue_action WHERE id = ? AND dialogue_id = ?")
                .params(actionId, dialogueId)
                .update() == 1;
    }

    private static @Nullable String themeCode(NewAction action) {
        return action.theme() == null ? null : action.theme().code();
    }

    private static @Nullable Date dueDate(NewAction action) {
        return action.due() == null ? null : Date.valueOf(action.due());
    }
}
