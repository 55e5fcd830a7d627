package se.platskompassen.response.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.platskompassen.dialogue.Availability;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.live.LiveSubscription;
import se.platskompassen.response.DialogueClosing;

/**
 * Keeps an open resident page honest about its dialogue. When the dialogue closes (staff closed
 * it, on any instance, or its closing time came) a page with no response under way, such as a
 * kiosk waiting at its start, shows the closed notice at once; a person in the middle of
 * answering is told until when they can still submit, and sees the closed notice when that time
 * is up. The server refuses late saves either way; this only spares people typing in vain.
 */
@Component
class ClosingNotice {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** How often a page in its grace period looks whether it is back at the start (a kiosk's next person). */
    static final Duration RECHECK = Duration.ofSeconds(5);

    private final DialogueStatusWatch watch;
    private final KioskTimers timers;
    private final DialogueClosing closing;
    private final Clock clock;

    ClosingNotice(DialogueStatusWatch watch, KioskTimers timers, DialogueClosing closing, Clock clock) {
        this.watch = watch;
        this.timers = timers;
        this.closing = closing;
        this.clock = clock;
    }

    /** Follows the flow's dialogue while the flow is attached; {@code showClosed} replaces the page with the notice. */
    void follow(ResidentFlow flow, Runnable showClosed) {
        Following following = new Following(flow, flow.state().dialogue, showClosed);
        flow.addAttachListener(attach -> following.start(attach.getUI()));
        flow.addDetachListener(detach -> following.stop());
        flow.getUI().ifPresent(following::start);
    }

    /** Whether someone has started answering on the page and not yet submitted. */
    private static boolean midResponse(ResidentFlow flow) {
        Screen screen = flow.current();
        return flow.state().responseId != null && screen != null
                && !(screen instanceof StartScreen) && !(screen instanceof ThanksScreen);
    }

    private final class Following {
        private final ResidentFlow flow;
        private final Dialogue dialogue;
        private final Runnable showClosed;
        private final List<Registration> timersSet = new ArrayList<>();
        private @Nullable LiveSubscription watching;
        private @Nullable Registration rechecking;
        private @Nullable Paragraph banner;
        private boolean ended;

        Following(ResidentFlow flow, Dialogue dialogue, Runnable showClosed) {
            this.flow = flow;
            this.dialogue = dialogue;
            this.showClosed = showClosed;
        }

        synchronized void start(UI ui) {
            if (watching != null || ended) {
                return;
            }
            watching = watch.watch(dialogue, availability -> push(ui, availability));
            Instant closesAt = dialogue.closesAt();
            if (closesAt != null && closesAt.isAfter(clock.instant())) {
                schedule(ui, Duration.between(clock.instant(), closesAt), () -> react(ui, watch.now(dialogue.joinCode())));
            }
            // Closed between the page's lookup and this subscription: nothing would signal it again.
            Availability now = watch.now(dialogue.joinCode());
            if (now != Availability.OPEN) {
                ui.access(() -> react(ui, now));
            }
        }

        synchronized void stop() {
            if (watching != null) {
                watching.remove();
                watching = null;
            }
            timersSet.forEach(Registration::remove);
            timersSet.clear();
            if (rechecking != null) {
                rechecking.remove();
                rechecking = null;
            }
        }

        private void schedule(UI ui, Duration delay, Runnable action) {
            timersSet.add(timers.schedule(ui, delay, action));
        }

        private void push(UI ui, Availability availability) {
            try {
                ui.access(() -> react(ui, availability));
            } catch (UIDetachedException gone) {
                stop();
            }
        }

        /** Runs with the UI locked. */
        private void react(UI ui, Availability availability) {
            if (ended) {
                return;
            }
            if (availability == Availability.OPEN) {
                removeBanner();
                return;
            }
            Instant graceEnds = graceEnds();
            if (midResponse(flow) && graceEnds != null && graceEnds.isAfter(clock.instant())) {
                showBanner(graceEnds);
                schedule(ui, Duration.between(clock.instant(), graceEnds), this::graceOver);
                recheckLater(ui);
            } else {
                end();
            }
        }

        /** A kiosk back at its start after the close offers nobody a start: the notice replaces it. */
        private void recheck(UI ui) {
            if (ended || banner == null) {
                return;
            }
            if (flow.current() instanceof StartScreen) {
                end();
            } else {
                recheckLater(ui);
            }
        }

        private void recheckLater(UI ui) {
            if (rechecking != null) {
                rechecking.remove();
            }
            rechecking = timers.schedule(ui, RECHECK, () -> recheck(ui));
        }

        private void graceOver() {
            if (!ended && watch.now(dialogue.joinCode()) != Availability.OPEN) {
                end();
            }
        }

        private void end() {
            ended = true;
            stop();
            showClosed.run();
        }

        private @Nullable Instant graceEnds() {
            Instant closedSince = watch.current(dialogue.joinCode())
                    .map(current -> current.closedSince(clock.instant())).orElse(null);
            return closedSince == null ? null : closedSince.plus(closing.closeGrace());
        }

        private void showBanner(Instant graceEnds) {
            String until = TIME.format(graceEnds.atZone(clock.getZone()));
            if (banner == null) {
                banner = new Paragraph();
                banner.addClassName("notice");
                banner.addClassName("closing-notice");
                banner.getElement().setAttribute("role", "alert");
                Element page = flow.getElement().getParent();
                if (page != null) {
                    page.insertChild(page.indexOfChild(flow.getElement()), banner.getElement());
                }
            }
            banner.setText(flow.getTranslation("answer.closing.grace", until));
        }

        private void removeBanner() {
            if (banner != null) {
                banner.getElement().removeFromParent();
                banner = null;
            }
        }
    }
}
