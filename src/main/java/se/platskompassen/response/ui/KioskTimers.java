package se.platskompassen.response.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;

/** Runs something in a UI after a quiet while, e.g. a shared tablet returning to its start. */
interface KioskTimers {

    /** Schedules {@code action} to run in {@code ui} after {@code delay}; the registration cancels it. */
    Registration schedule(UI ui, Duration delay, Runnable action);
}
