package se.platskompassen.discussion;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
    private final Clock clock;

    DiscussionService(DiscussionQueries queries, DiscussionWrites writes, TenantAccess access,
            ApplicationEventPublisher events, Clock clock) {
        this.queries = queries;
        this.writes = writes;
        this.access = access;
        this.events = events;
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
        return new DialogueAction(id, action.theme(), action.what(), action.who(), action.due(), false);
    }

    @Transactional
    public void updateAction(Dialogue dialogue, long actionId, NewAction action) {
        access.requireOwn(dialogue.organisationId(), Permission.RUN_DIALOGUES, "Dialogue");
        found(writes.updateAction(dialogue.id(), actionId, action));
        changed(dialogue);
    }

    @Transactional
    public void setActionDone(Dialogue dialogue, long actionId, boolean done) {
        access.requireOwn(dialogue.organisationId(), Permission.RUN_DIALOGUES, "Dialogue");
        found(writes.setActionDone(dialogue.id(), actionId, done));
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
