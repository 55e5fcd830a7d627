package se.platskompassen.discussion;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.base.NotFoundException;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueActivity;
import se.platskompassen.organisation.Actor;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;

/**
 * What groups agree in the organisation's dialogues. Facilitators record; everyone with access
 * to results reads. Every change is a {@link DialogueActivity}, so live views follow along.
 */
@Service
@Transactional(readOnly = true)
public class DiscussionService {

    private final DiscussionQueries queries;
    private final DiscussionWrites writes;
    private final TenantAccess access;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    DiscussionService(DiscussionQueries queries, DiscussionWrites writes, TenantAccess access,
            ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.writes = writes;
        this.access = access;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public Discussion of(Dialogue dialogue) {
        access.requireOwn(dialogue.organisationId(), Permission.READ_RESULTS, "Dialogue");
        return new Discussion(queries.outcomes(dialogue.id()), queries.actions(dialogue.id()));
    }

    /** Records the score the group agrees on for a theme; null clears it. */
    @Transactional
    public void saveAgreedScore(Dialogue dialogue, Theme theme, @Nullable Integer score) {
        Actor actor = access.requireOwn(dialogue.organisationId(), Permission.RUN_DIALOGUES, "Dialogue");
        Scale scale = dialogue.version().scale();
        if (score != null && (score < scale.min() || score > scale.max())) {
            throw new IllegalArgumentException("Score " + score + " is not on the scale " + scale.min() + "–" + scale.max());
        }
        writes.saveAgreedScore(dialogue.id(), theme, score, actor.username(), clock.instant());
        changed(dialogue);
    }

    @Transactional
    public void saveNotes(Dialogue dialogue, Theme theme, @Nullable String notes) {
        Actor actor = access.requireOwn(dialogue.organisationId(), Permission.RUN_DIALOGUES, "Dialogue");
        String kept = notes == null || notes.isBlank() ? null : notes.strip();
        if (kept != null && kept.length() > ThemeOutcome.MAX_NOTES) {
            throw new IllegalArgumentException("Notes are longer than " + ThemeOutcome.MAX_NOTES + " characters");
        }
        writes.saveNotes(dialogue.id(), theme, kept, actor.username(), clock.instant());
        changed(dialogue);
    }

    @Transactional
    public void setPriority(Dialogue dialogue, Theme theme, boolean priority) {
        Actor actor = access.requireOwn(dialogue.organisationId(), Permission.RUN_DIALOGUES, "Dialogue");
        writes.savePriority(dialogue.id(), theme, priority, actor.username(), clock.instant());
        changed(dialogue);
    }

    @Transactional
    public DialogueAction addAction(Dialogue dialogue, NewAction action) {
        Actor actor = access.requireOwn(dialogue.organisationId(), Permission.RUN_DIALOGUES, "Dialogue");
        long id = writes.insertAction(dialogue.id(), action, actor.username(), clock.instant());
        changed(dialogue);
        return new DialogueAction(id, action.theme(), action.what(), action.who(), action.due(),
                ActionStatus.PLANNED, null, null);
    }

    @Transactional
    public void updateAction(Dialogue dialogue, long actionId, NewAction action) {
        access.requireOwn(dialogue.organisationId(), Permission.RUN_DIALOGUES, "Dialogue");
        found(writes.updateAction(dialogue.id(), actionId, action));
        changed(dialogue);
    }

    /** Marks an action done (today), or back to planned; see {@link #setActionStatus}. */
    @Transactional
    public void setActionDone(Dialogue dialogue, long actionId, boolean done) {
        setActionStatus(dialogue, actionId, done ? ActionStatus.DONE : ActionStatus.PLANNED, null,
                LocalDate.now(clock));
    }

    /**
     * Says where an action stands, with a short public note and the day of the change. Residents
     * read it on the results page, so it is kept up to date long after the dialogue closed, and
     * every change is in the audit log.
     */
    @Transactional
    public void setActionStatus(Dialogue dialogue, long actionId, ActionStatus status, @Nullable String note,
            LocalDate day) {
        Actor actor = access.requireOwn(dialogue.organisationId(), Permission.RUN_DIALOGUES, "Dialogue");
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (kept != null && kept.length() > DialogueAction.MAX_STATUS_NOTE) {
            throw new IllegalArgumentException("The note is longer than " + DialogueAction.MAX_STATUS_NOTE
                    + " characters");
        }
        DialogueAction action = queries.actions(dialogue.id()).stream().filter(a -> a.id() == actionId).findFirst()
                .orElseThrow(() -> new NotFoundException("Action"));
        found(writes.setActionStatus(dialogue.id(), actionId, status, kept, day));
        audit.record(dialogue.organisationId(), actor.username(), AuditAction.ACTION_STATUS_CHANGED,
                "\u201c" + action.what() + "\u201d in \u201c" + dialogue.title() + "\u201d (" + dialogue.joinCode()
                        + "): " + action.status() + " -> " + status + ", " + day);
        changed(dialogue);
    }

    @Transactional
    public void deleteAction(Dialogue dialogue, long actionId) {
        access.requireOwn(dialogue.organisationId(), Permission.RUN_DIALOGUES, "Dialogue");
        found(writes.deleteAction(dialogue.id(), actionId));
        changed(dialogue);
    }


    private static void found(boolean changed) {
        if (!changed) {
            throw new NotFoundException("Action");
        }
    }

    private void changed(Dialogue dialogue) {
        events.publishEvent(new DialogueActivity(dialogue.id()));
    }
}
