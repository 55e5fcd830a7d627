package se.platskompassen.response.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import se.platskompassen.dialogue.Availability;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.live.LiveSubscription;
import se.platskompassen.live.LiveUpdates;

/**
 * Tells open resident pages when their dialogue's availability changes (staff closed or reopened
 * it, on this instance or another). Every resident save also signals the dialogue, so the pages
 * of one dialogue share one live-update subscription per instance: a burst of saves costs one
 * read of the dialogue, not one per open tablet, and the pages hear only of real changes.
 */
@Component
class DialogueStatusWatch {

    private final LiveUpdates updates;
    private final DialogueService dialogues;
    /** Guarded by {@code this}. */
    private final Map<Long, Watched> watched = new HashMap<>();

    DialogueStatusWatch(LiveUpdates updates, DialogueService dialogues) {
        this.updates = updates;
        this.dialogues = dialogues;
    }

    /**
     * Calls {@code onChange}, on a live-update thread, with the dialogue's availability each time
     * it changes from now on, until the subscription is removed.
     */
    synchronized LiveSubscription watch(Dialogue watchedDialogue, Consumer<Availability> onChange) {
        Watched dialogue = watched.computeIfAbsent(watchedDialogue.id(),
                id -> new Watched(id, watchedDialogue.joinCode()));
        Listener listener = new Listener(onChange);
        dialogue.listeners.add(listener);
        return () -> unwatch(dialogue, listener);
    }

    private synchronized void unwatch(Watched dialogue, Listener listener) {
        if (dialogue.listeners.remove(listener) && dialogue.listeners.isEmpty()) {
            dialogue.subscription.remove();
            watched.remove(dialogue.dialogueId, dialogue);
        }
    }

    /**
     * The dialogue as it is in the database now, found the way residents find it: by its join
     * code (the page's copy may be hours old).
     */
    Optional<Dialogue> current(String joinCode) {
        return dialogues.findByJoinCode(joinCode);
    }

    /** The dialogue's availability now; a dialogue that is gone takes no answers. */
    Availability now(String joinCode) {
        return current(joinCode).map(dialogues::availability).orElse(Availability.CLOSED);
    }

    /** A listener of its own identity, so that one page's removal never removes another's. */
    private record Listener(Consumer<Availability> onChange) {
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    private final class Watched {
        private final long dialogueId;
        private final String joinCode;
        private final Set<Listener> listeners = new CopyOnWriteArraySet<>();
        private final LiveSubscription subscription;
        private volatile Availability last;

        Watched(long dialogueId, String joinCode) {
            this.dialogueId = dialogueId;
            this.joinCode = joinCode;
            this.last = now(joinCode);
            this.subscription = updates.subscribe(dialogueId, this::lookAgain);
        }

        /** Runs on one live-update thread at a time for this subscription. */
        private void lookAgain() {
            Availability current = now(joinCode);
            if (current != last) {
                last = current;
                listeners.forEach(listener -> listener.onChange().accept(current));
            }
        }
    }
}
