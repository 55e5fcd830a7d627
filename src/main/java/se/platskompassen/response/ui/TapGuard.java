package se.platskompassen.response.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Tells a deliberate tap from the second tap of a double tap. When the server answers faster
 * than a person double-taps, the second tap lands on the next screen, often on the button in the
 * same place; it must not act there (it would save the next theme as skipped). So a screen takes
 * taps only once it has been on show for {@link #SETTLE}, measured on the server with the
 * application's clock (docs/decisions/0008-resident-flow.md).
 *
 * <p>The theme screen stays on show from theme to theme, so "on show" is not the same as "the
 * same screen": each theme is a new showing of it ({@link #shown} again). A tap that was meant for
 * the theme before and reaches the server after the next one is on show arrives within the
 * settling time of that new showing, and does not act.
 */
final class TapGuard {

    /** Longer than the gap of a double tap, shorter than anyone takes to read a screen. */
    static final Duration SETTLE = Duration.ofMillis(500);

    private final Clock clock;
    private @Nullable Screen current;
    private Instant shownAt = Instant.MIN;

    TapGuard(Clock clock) {
        this.clock = clock;
    }

    /**
     * A screen is now on show, or on show again with new content (the next theme). The browser
     * marks it {@code data-settled} once it takes taps (tests wait for that): a new showing takes
     * the mark away in the same response that brings the new content, and the timer of an earlier
     * showing is stopped.
     */
    void shown(Screen screen) {
        current = screen;
        shownAt = clock.instant();
        screen.getElement().executeJs("clearTimeout(this.$settle);this.removeAttribute('data-settled');"
                + "this.$settle=setTimeout(()=>this.setAttribute('data-settled',''),$0)", SETTLE.toMillis());
    }

    @Nullable Screen current() {
        return current;
    }

    /** Whether this screen is on show and has been long enough to have been seen; changes nothing. */
    boolean settled(Screen screen) {
        return current == screen && !clock.instant().isBefore(shownAt.plus(SETTLE));
    }

    /**
     * Whether a tap on this screen acts: it must be the screen on show, and have been on show
     * long enough to have been seen. A tap too early gives the screen's buttons back; a tap that
     * acts clears the last error message.
     */
    boolean takes(Screen screen) {
        if (current != screen) {
            return false;
        }
        if (!settled(screen)) {
            screen.enableActions();
            return false;
        }
        screen.clearError();
        return true;
    }
}
