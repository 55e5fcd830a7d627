package se.platskompassen.response.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** Thanks; on a shared tablet, the way to hand it to the next person. */
class ThanksScreen extends Screen {

    ThanksScreen(FlowState state, Runnable onNextPerson) {
        addClassName("thanks-screen");
        setHeading(getTranslation("flow.thanks.title"));
        add(new Paragraph(getTranslation("flow.thanks.text", state.organisationName)));
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
}
