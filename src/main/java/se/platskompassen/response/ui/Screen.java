package se.platskompassen.response.ui;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;

/**
 * One screen of the resident flow: a card with a single main heading, which takes the focus
 * when the screen appears so that screen readers announce where the person is (the page title
 * names the screen too), "Läs upp" under it ({@link ReadAloud}), and its buttons with a place for
 * an error message next to them that stays until the next try.
 */
abstract class Screen extends Div {

    private final H1 heading = new H1();
    private final Div error = new Div();
    private final List<Button> actions = new ArrayList<>();
    private String pageTitle = "";
    private final ReadAloud readAloud = new ReadAloud();

    protected Screen() {
        addClassName("resident-card");
        addClassName("flow-screen");
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading, readAloud);
        error.addClassName("flow-error");
        error.getElement().setAttribute("role", "alert");
    }

    protected H1 heading() {
        return heading;
    }

    /** The screen's heading, which also names the page ("Din kompass – Platskompassen"). */
    protected void setHeading(String text) {
        changeText(heading, text);
        pageTitle = getTranslation("flow.pageTitle", text);
    }

    /** Names the page otherwise than by the heading alone, e.g. with the theme's place in the flow. */
    protected void setPageTitle(String title) {
        pageTitle = title;
    }

    /**
     * Makes what this element says part of the heading's description: it is read out after the
     * heading when the heading takes the focus on a screen change (docs/decisions/0029).
     */
    protected void describeHeadingBy(HasText description) {
        heading.getElement().setAttribute("aria-describedby", description.getElement().getAttribute("id"));
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

    /** The screen is on show (or shows its next theme): the heading takes the focus, a reading aloud stops. */
    void shown() {
        announce();
        readAloud.showParts(getLocale(), spokenParts());
    }

    /**
     * What "Läs upp" reads here, in order: the heading and the screen's own paragraphs (what the
     * organisation wrote in Swedish); screens with a question, prompts or choices add them.
     */
    protected List<ReadAloud.Part> spokenParts() {
        List<ReadAloud.Part> parts = new ArrayList<>(List.of(OrganisationText.spoken(heading)));
        getChildren().filter(Paragraph.class::isInstance).map(child -> OrganisationText.spoken((Paragraph) child))
                .forEach(parts::add);
        return parts;
    }

    /**
     * Says that this screen is on show: the page title names it and the keyboard and
     * screen-reader focus moves to the heading (scrolled into view). The focus leaves first, for a
     * screen shown again with a new heading: focus that stays is not announced.
     */
    void announce() {
        heading.getElement().executeJs("this.blur();this.focus()");
        getUI().ifPresent(ui -> ui.getPage().setTitle(pageTitle));
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
