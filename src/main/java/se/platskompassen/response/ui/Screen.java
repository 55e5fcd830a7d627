package se.platskompassen.response.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;

/**
 * One screen of the resident flow: a card with a single main heading, which takes the focus
 * when the screen appears so that screen readers announce where the person is.
 */
abstract class Screen extends Div {

    private final H1 heading = new H1();

    protected Screen() {
        addClassName("resident-card");
        addClassName("flow-screen");
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading);
    }

    protected void setHeading(String text) {
        heading.setText(text);
    }

    /** Moves the keyboard and screen-reader focus to the heading. */
    void focusHeading() {
        heading.getElement().executeJs("this.focus({preventScroll: false})");
    }
}
