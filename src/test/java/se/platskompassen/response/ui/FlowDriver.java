package se.platskompassen.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.platskompassen.testing.MutableClock;

/** Steps a resident takes, in the words on the screen, for the flow tests. */
final class FlowDriver {

    /** Longer than a fresh screen ignores taps: a person reads before the next tap. */
    private static final Duration READING = Duration.ofSeconds(2);

    private static @Nullable MutableClock clock;

    private FlowDriver() {
    }

    /** The clock the flow reads; each step of the driver lets some time pass on it. */
    static void useClock(@Nullable MutableClock testClock) {
        clock = testClock;
    }

    static void click(String text) {
        read();
        tapAtOnce(text);
    }

    /** A tap with no time passed since the last one, as the second tap of a double tap. */
    static void tapAtOnce(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    static void clickNamed(String accessibleName) {
        read();
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", accessibleName)));
    }

    private static void read() {
        if (clock != null) {
            clock.advance(READING);
        }
    }

    static String heading() {
        return _get(H1.class).getText();
    }

    static ResidentFlow flow() {
        return _get(ResidentFlow.class);
    }

    static UUID responseId() {
        return flow().state().requireResponse();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void chooseBackground(String question, String answer) {
        RadioButtonGroup group = _get(RadioButtonGroup.class, spec -> spec.withLabel(question));
        Object choice = group.getListDataView().getItems()
                .filter(item -> ((BackgroundScreen.Choice<?>) item).label().equals(answer)).findFirst().orElseThrow();
        _setValue(group, choice);
    }

    static void comment(String label, String text) {
        _setValue(_get(TextArea.class, spec -> spec.withLabel(label)), text);
    }

    static ThemeScreen themeScreen() {
        return _get(ThemeScreen.class);
    }
}
