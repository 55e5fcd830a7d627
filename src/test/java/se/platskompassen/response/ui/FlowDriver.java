package se.platskompassen.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;

/** Steps a resident takes, in the words on the screen, for the flow tests. */
final class FlowDriver {

    private FlowDriver() {
    }

    static void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    static void clickNamed(String accessibleName) {
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", accessibleName)));
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
