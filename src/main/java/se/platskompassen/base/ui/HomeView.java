package se.platskompassen.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The public front page: residents type the code they were given. */
@Route("")
@AnonymousAllowed
public class HomeView extends ResidentPage implements HasDynamicTitle {

    private final TextField code = new TextField();

    public HomeView() {
        addClassName("home");
        H1 title = new H1(getTranslation("home.title"));
        Paragraph lead = new Paragraph(getTranslation("home.lead"));
        lead.addClassName("lead");

        code.setLabel(getTranslation("home.code.label"));
        code.setHelperText(getTranslation("home.code.helper"));
        code.setMaxLength(40);
        code.setAutocapitalize(Autocapitalize.CHARACTERS);
        code.setAutocorrect(false);
        code.addClassName("join-code-field");

        Button go = new Button(getTranslation("home.code.go"), click -> openDialogue());
        go.addThemeVariants(ButtonVariant.PRIMARY);
        go.addClickShortcut(Key.ENTER);
        go.setDisableOnClick(false);

        HorizontalLayout join = new HorizontalLayout(code, go);
        join.setAlignItems(FlexComponent.Alignment.BASELINE);
        join.addClassName("join-row");

        Div card = card(title, lead, join, new Paragraph(getTranslation("home.about")));
        add(card);
    }

    private void openDialogue() {
        String typed = code.getValue() == null ? "" : code.getValue().strip();
        if (typed.isEmpty()) {
            code.setInvalid(true);
            code.setErrorMessage(getTranslation("home.code.empty"));
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(PublicLinks.answerPath(typed)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " – Platskompassen";
    }
}
