package se.platskompassen.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a new API token once, in a read-only field that selects itself and a button that copies
 * it: it is not stored anywhere and cannot be shown again.
 */
class NewTokenDialog extends Dialog {

    NewTokenDialog(String name, String secret) {
        setHeaderTitle(getTranslation("api.tokens.shown.title"));
        addClassName("api-token-dialog");
        TextField token = new TextField(getTranslation("api.tokens.shown.label", name));
        token.setValue(secret);
        token.setReadOnly(true);
        token.setWidthFull();
        token.addFocusListener(focus -> token.getElement().executeJs("this.inputElement.select()"));
        Span copied = new Span();
        copied.getElement().setAttribute("aria-live", "polite");
        Button copy = new Button(getTranslation("api.tokens.shown.copy"), VaadinIcon.COPY_O.create(), click -> {
            token.getElement().executeJs("return navigator.clipboard.writeText($0)", secret)
                    .then(done -> copied.setText(getTranslation("api.tokens.shown.copied")));
        });
        add(new Paragraph(getTranslation("api.tokens.shown.text")), token, copy, copied,
                new Paragraph(getTranslation("api.tokens.shown.note")));
        Button close = new Button(getTranslation("api.tokens.shown.close"), click -> close());
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(close);
        setCloseOnOutsideClick(false);
    }
}
