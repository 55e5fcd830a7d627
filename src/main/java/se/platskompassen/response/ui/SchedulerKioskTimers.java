package se.platskompassen.response.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/** Kiosk timers on Spring's task scheduler; the action reaches the browser by server push. */
@Component
class SchedulerKioskTimers implements KioskTimers {

    private final TaskScheduler scheduler;

    SchedulerKioskTimers(TaskScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public Registration schedule(UI ui, Duration delay, Runnable action) {
        ScheduledFuture<?> future = scheduler.schedule(() -> ui.access(action::run), Instant.now().plus(delay));
        return () -> future.cancel(false);
    }
}
