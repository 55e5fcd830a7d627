package se.platskompassen.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Shows a new account's one-time password once, to hand over; its owner chooses their own at sign-in. */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(String username, String password) {
        setHeaderTitle(getTranslation("staff.oneTime.title"));
        Span code = new Span(password);
        code.addClassName("one-time-password");
        add(new Paragraph(getTranslation("staff.oneTime.text", username)), code,
                new Paragraph(getTranslation("staff.oneTime.note")));
        Button close = new Button(getTranslation("staff.oneTime.close"), click -> close());
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(close);
        setCloseOnOutsideClick(false);
    }
}
