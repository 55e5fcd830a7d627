package se.platskompassen.response.ui;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;

/**
 * One screen of the resident flow: a card with a single main heading, which takes the focus
 * when the screen appears so that screen readers announce where the person is, and its buttons
 * with a place for an error message next to them that stays until the next try.
 */
abstract class Screen extends Div {

    private final H1 heading = new H1();
    private final Div error = new Div();
    private final List<Button> actions = new ArrayList<>();

    protected Screen() {
        addClassName("resident-card");
        addClassName("flow-screen");
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading);
        error.addClassName("flow-error");
        error.getElement().setAttribute("role", "alert");
    }

    protected H1 heading() {
        return heading;
    }

    protected void setHeading(String text) {
        changeText(heading, text);
    }

    /**
     * Changes a component's text by changing its text node, when it has just one: the browser is
     * then sent the new text alone, not the node taken out and put back as {@code setText} does.
     */
    static void changeText(HasText component, String text) {
        Element element = component.getElement();
        if (element.getChildCount() == 1 && element.getChild(0).isTextNode()) {
            element.getChild(0).setText(text);
        } else {
            component.setText(text);
        }
    }

    /** Adds the screen's buttons at the bottom, with the error message just above them. */
    protected Div addActions(Button... buttons) {
        Div row = new Div(buttons);
        row.addClassName("flow-actions");
        add(error, row);
        actions.addAll(List.of(buttons));
        return row;
    }

    /** Makes a button one of those that come back after a tap was not acted on or a save failed. */
    protected void addAction(Button button) {
        actions.add(button);
    }

    /**
     * Moves the keyboard and screen-reader focus to the heading (scrolled into view). It leaves
     * first, for a screen shown again with a new heading: focus that stays is not announced.
     */
    void focusHeading() {
        heading.getElement().executeJs("this.blur();this.focus()");
    }

    /** Enables the buttons again, e.g. after a failed save, so that the person can try again. */
    void enableActions() {
        // Only those that are not: enabling one that uses disable-on-click sends a script each time.
        actions.stream().filter(button -> !button.isEnabled()).forEach(button -> button.setEnabled(true));
    }

    /** Shows what went wrong next to the buttons (an alert for screen readers) until the next try. */
    void showError(String message) {
        error.setText(message);
    }

    /** A new try: the last error goes, also from the fields it marked. */
    void clearError() {
        if (!error.getText().isEmpty()) {
            error.setText("");
        }
        clearFieldErrors();
    }

    protected void clearFieldErrors() {
    }
}
