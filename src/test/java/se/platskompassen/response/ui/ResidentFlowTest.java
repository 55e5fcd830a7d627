package se.platskompassen.response.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.MutableClock;

/**
 * A Karibu test of the resident pages in which residents take their time: the application reads
 * a clock the test moves, and each step of {@link FlowDriver} lets time pass on it, since a fresh
 * screen ignores taps for a moment (the second tap of a double tap lands there).
 */
@Import(MutableClock.Config.class)
abstract class ResidentFlowTest extends KaribuTest {

    @Autowired MutableClock clock;

    @BeforeEach
    void residentsTakeTheirTime() {
        FlowDriver.useClock(clock);
    }

    @AfterEach
    void forgetTheClock() {
        FlowDriver.useClock(null);
    }
}
