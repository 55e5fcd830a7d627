package se.platskompassen.response.ui;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A shared tablet goes back to its start for the next person a while after the thanks, and when
 * nobody has touched it for a while on any other screen (what was answered stays saved). A start
 * screen left in another language than the dialogue's first goes back to the first language too:
 * the next person should not find the tablet in the language the last one chose.
 */
final class KioskIdle {

    private final ResidentFlow flow;
    private final Supplier<@Nullable Screen> current;
    private final KioskTimers timers;
    private final KioskSettings settings;
    private final Runnable nextPerson;
    private @Nullable Registration timer;

    KioskIdle(ResidentFlow flow, Supplier<@Nullable Screen> current, KioskTimers timers, KioskSettings settings,
            Runnable nextPerson) {
        this.flow = flow;
        this.current = current;
        this.timers = timers;
        this.settings = settings;
        this.nextPerson = nextPerson;
        // Any touch or key anywhere counts; sent after a burst of them, so that no tap waits for it.
        flow.getElement().addEventListener("pointerdown", event -> input()).debounce(1000);
        flow.getElement().addEventListener("keydown", event -> input()).debounce(1000);
    }

    void shown(Screen screen) {
        if (screen instanceof ThanksScreen) {
            restart(settings.thanksReturn());
        } else if (waitsForInput(screen)) {
            restart(settings.idleReturn());
        }
    }

    /** Someone did something: the wait starts again, except on the thanks screen and a start as the next person finds it. */
    void input() {
        Screen shown = current.get();
        if (shown != null && waitsForInput(shown)) {
            restart(settings.idleReturn());
        }
    }

    private boolean waitsForInput(Screen screen) {
        if (screen instanceof StartScreen) {
            FlowState state = flow.state();
            return state.language != state.dialogue.languages().iterator().next();
        }
        return !(screen instanceof ThanksScreen);
    }

    private void restart(Duration delay) {
        cancel();
        flow.getUI().ifPresent(ui -> timer = timers.schedule(ui, delay, nextPerson));
    }

    void cancel() {
        if (timer != null) {
            timer.remove();
            timer = null;
        }
    }
}
