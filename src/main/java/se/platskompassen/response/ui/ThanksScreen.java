package se.platskompassen.response.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.platskompassen.live.GroupPicture;

/**
 * Thanks; the person's own compass over the group's when the group may be shown
 * ({@link GroupComparison}); on a shared tablet, the way to hand it to the next person.
 */
class ThanksScreen extends Screen {

    private static final Logger log = LoggerFactory.getLogger(ThanksScreen.class);

    ThanksScreen(FlowState state, Runnable onNextPerson) {
        addClassName("thanks-screen");
        setHeading(getTranslation("flow.thanks.title"));
        add(new Paragraph(getTranslation("flow.thanks.text", state.organisationName)));
        GroupPicture group = groupOf(state);
        if (group != null) {
            add(new GroupComparison(state, group));
        }
        if (state.kiosk()) {
            add(new Paragraph(getTranslation("flow.thanks.auto")));
            Button next = new Button(getTranslation("flow.thanks.next"), click -> onNextPerson.run());
            next.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
            addActions(next);
        } else {
            Div actions = new Div(new Anchor("", getTranslation("flow.thanks.home")));
            actions.addClassName("flow-actions");
            add(actions);
        }
    }

    /** The group's picture now; null when it cannot be read (the answers are saved: the thanks stand alone). */
    private static @Nullable GroupPicture groupOf(FlowState state) {
        try {
            return state.groupPicture.get();
        } catch (RuntimeException unavailable) {
            log.warn("The group's picture for the thanks screen could not be read: {}", unavailable.getMessage());
            return null;
        }
    }
}
