package se.platskompassen.response.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Version;

/**
 * The first screen: the place and the dialogue, the language, what the answers are for and that
 * they are anonymous, and a clear way to start (or, on one's own device, to go on or start over).
 */
class StartScreen extends Screen {

    private final Button start;
    private final Div resume = new Div();
    private Runnable startAction;

    StartScreen(FlowState state, Consumer<Language> onLanguage, Runnable onStart) {
        this.startAction = onStart;
        setHeading(state.placeName);
        OrganisationText.mark(heading(), state.language);
        addClassName("start-screen");
        Paragraph title = new Paragraph(state.dialogue.title());
        title.addClassName("lead");
        add(OrganisationText.mark(title, state.language));
        if (state.dialogue.intro() != null) {
            add(OrganisationText.mark(new Paragraph(state.dialogue.intro()), state.language));
        }
        if (state.dialogue.languages().size() > 1) {
            add(languageChoice(state, onLanguage));
        }
        Paragraph purpose = new Paragraph(getTranslation("flow.start.purpose", state.organisationName));
        purpose.addClassName("notice");
        add(purpose, new Paragraph(getTranslation(state.dialogue.version() == Version.BARN
                ? "flow.start.time.child" : "flow.start.time")));

        start = new Button(getTranslation("flow.start.button"), click -> startAction.run());
        start.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        start.addClassName("flow-primary");
        start.setDisableOnClick(true);
        resume.addClassName("resume");
        addActions(start).add(resume);
    }

    private Div languageChoice(FlowState state, Consumer<Language> onLanguage) {
        Div choice = new Div();
        choice.addClassName("language-choice");
        choice.getElement().setAttribute("role", "group");
        choice.getElement().setAttribute("aria-label", getTranslation("flow.language"));
        for (Language language : state.dialogue.languages()) {
            Button button = new Button(getTranslation(language.locale(), "language.name"),
                    click -> onLanguage.accept(language));
            button.getElement().setAttribute("lang", language.code());
            button.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            button.getElement().setAttribute("aria-pressed", String.valueOf(language == state.language));
            if (language == state.language) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            }
            choice.add(button);
        }
        return choice;
    }

    /**
     * Offers to go on with a response started earlier on this device, without showing any of it
     * (the device may be shared), and makes the start button start over instead.
     */
    void offerResume(Runnable onResume, Runnable onStartOver) {
        Button button = new Button(getTranslation("flow.start.resume"), click -> onResume.run());
        button.addThemeVariants(ButtonVariant.LARGE);
        button.setDisableOnClick(true);
        addAction(button);
        Paragraph notice = new Paragraph(getTranslation("flow.start.resumeNotice"));
        notice.addClassName("resume-notice");
        resume.removeAll();
        resume.add(notice, button);
        start.setText(getTranslation("flow.start.startOver"));
        startAction = onStartOver;
    }
}
