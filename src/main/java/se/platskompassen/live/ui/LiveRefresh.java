package se.platskompassen.live.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import se.platskompassen.live.LiveUpdates;

/**
 * Keeps a view up to date while it is on screen: on every change to its dialogue the view
 * refreshes itself through server push. The refresh runs as the staff member who opened the view
 * (push has no request of its own), so the services stay scoped to their organisation.
 */
@Component
class LiveRefresh {

    private final LiveUpdates updates;
    private final SecurityContextHolderStrategy security;

    LiveRefresh(LiveUpdates updates, ObjectProvider<SecurityContextHolderStrategy> security) {
        this.updates = updates;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Calls {@code refresh} (with the UI locked) after every change to the dialogue while {@code view} is attached. */
    void follow(com.vaadin.flow.component.Component view, long dialogueId, Runnable refresh) {
        Following following = new Following(dialogueId, refresh);
        view.addAttachListener(following::attached);
        view.addDetachListener(following::detached);
        view.getUI().ifPresent(ui -> following.start(ui));
    }

    private final class Following {
        private final long dialogueId;
        private final Runnable refresh;
        private @Nullable Runnable stop;

        Following(long dialogueId, Runnable refresh) {
            this.dialogueId = dialogueId;
            this.refresh = refresh;
        }

        void attached(AttachEvent event) {
            start(event.getUI());
        }

        synchronized void start(UI ui) {
            if (stop != null) {
                return;
            }
            SecurityContext viewer = security.getContext();
            var registration = updates.subscribe(dialogueId, () -> push(ui, viewer));
            stop = registration::remove;
        }

        void detached(DetachEvent event) {
            stopFollowing();
        }

        synchronized void stopFollowing() {
            if (stop != null) {
                stop.run();
                stop = null;
            }
        }

        private void push(UI ui, SecurityContext viewer) {
            try {
                ui.access(() -> asViewer(viewer));
            } catch (UIDetachedException gone) {
                stopFollowing();
            }
        }

        private void asViewer(SecurityContext viewer) {
            SecurityContext previous = security.getContext();
            security.setContext(viewer);
            try {
                refresh.run();
            } finally {
                security.setContext(previous);
            }
        }
    }
}
