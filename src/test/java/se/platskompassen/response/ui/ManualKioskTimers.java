package se.platskompassen.response.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Kiosk timers that tests fire by hand instead of waiting for a minute: the view code under
 * test is the same, only the clock is the test's.
 */
public class ManualKioskTimers implements KioskTimers {

    record Pending(Duration delay, Runnable action, boolean[] cancelled) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private int scheduled;

    @Override
    public synchronized Registration schedule(UI ui, Duration delay, Runnable action) {
        scheduled++;
        Pending timer = new Pending(delay, action, new boolean[1]);
        pending.add(timer);
        return () -> timer.cancelled()[0] = true;
    }

    /** The delays of the timers that are still waiting. */
    synchronized List<Duration> waiting() {
        return pending.stream().filter(p -> !p.cancelled()[0]).map(Pending::delay).toList();
    }

    /** How many timers were started so far: each restart after input starts one. */
    synchronized int scheduled() {
        return scheduled;
    }

    /** Lets the waiting timers of exactly this delay run out, and only them. */
    synchronized void elapse(Duration delay) {
        List<Pending> due = pending.stream().filter(p -> !p.cancelled()[0] && p.delay().equals(delay)).toList();
        pending.removeAll(due);
        due.forEach(p -> p.action().run());
    }

    /** Lets the waiting timers run out, as if their time had passed. */
    synchronized void elapse() {
        List<Pending> due = pending.stream().filter(p -> !p.cancelled()[0]).toList();
        pending.clear();
        due.forEach(p -> p.action().run());
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        ManualKioskTimers manualKioskTimers() {
            return new ManualKioskTimers();
        }
    }
}
