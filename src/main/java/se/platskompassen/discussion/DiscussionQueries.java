package se.platskompassen.discussion;

import java.sql.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.platskompassen.questionnaire.Theme;

/**
 * The reads of a dialogue's discussion: its theme outcomes and its actions, in plain SQL beside
 * {@link DiscussionWrites} (docs/decisions/0021-persistence-rule.md).
 */
@Repository
class DiscussionQueries {

    private final JdbcClient jdbc;

    DiscussionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Theme, ThemeOutcome> outcomes(long dialogueId) {
        Map<Theme, ThemeOutcome> outcomes = new EnumMap<>(Theme.class);
        jdbc.sql("SELECT theme_code, agreed_score, notes, priority FROM theme_outcome WHERE dialogue_id = ?")
                .param(dialogueId)
                .query((rs, row) -> {
                    Optional<Theme> theme = Theme.fromCode(rs.getString("theme_code"));
                    int score = rs.getInt("agreed_score");
                    Integer agreed = rs.wasNull() ? null : score;
                    String notes = rs.getString("notes");
                    boolean priority = rs.getBoolean("priority");
                    return theme.map(t -> new ThemeOutcome(t, agreed, notes, priority));
                })
                .list()
                .forEach(outcome -> outcome.ifPresent(o -> outcomes.put(o.theme(), o)));
        return outcomes;
    }

    List<DialogueAction> actions(long dialogueId) {
        return jdbc.sql("""
                SELECT id, theme_code, what, who, due_date, status, status_note, status_date FROM dialogue_action
                WHERE dialogue_id = ? ORDER BY created_at, id""")
                .param(dialogueId)
                .query((rs, row) -> {
                    String code = rs.getString("theme_code");
                    Date due = rs.getDate("due_date");
                    Date statusDate = rs.getDate("status_date");
                    return new DialogueAction(rs.getLong("id"), code == null ? null : Theme.fromCode(code).orElse(null),
                            rs.getString("what"), rs.getString("who"), due == null ? null : due.toLocalDate(),
                            ActionStatus.valueOf(rs.getString("status")), rs.getString("status_note"),
                            statusDate == null ? null : statusDate.toLocalDate());
                })
                .list();
    }
}
