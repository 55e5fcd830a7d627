package se.platskompassen.response.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.ClimateModule;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireTexts;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.ThemeText;

/**
 * The Climate Lens on a theme screen (decision 0038): after the theme's own score, one optional
 * question on how the place copes with and contributes to a changing climate, with its prompts and
 * (children) small pictures of the climate topics, scored on the version's scale with the same
 * radio group as the theme (digits, arrows, Enter goes on). Leaving it unanswered skips it; a
 * choice can be taken back.
 */
class ClimateQuestion extends Composite<Section> {

    private final ClimateModule module;
    private final Language language;
    private final H2 name = new H2();
    private final Paragraph intro = new Paragraph();
    private final Div pictures = new Div();
    private final Paragraph question = new Paragraph();
    private final UnorderedList prompts = new UnorderedList();
    private final ScaleButtons scale;
    final Button noAnswer;
    private Theme theme = Theme.MOVING_AROUND;

    ClimateQuestion(ClimateModule module, Language language, QuestionnaireTexts scaleTexts, BooleanSupplier takesTaps,
            Runnable onActivity) {
        this.module = module;
        this.language = language;
        Section section = getContent();
        section.addClassName("climate-question");
        name.setId("climate-heading");
        name.addClassName("climate-heading");
        section.getElement().setAttribute("aria-labelledby", "climate-heading");
        intro.addClassName("climate-intro");
        pictures.addClassName("climate-pictures");
        question.addClassName("question");
        prompts.addClassName("prompts");
        scale = new ScaleButtons(module.scale(), scaleTexts, takesTaps);
        scale.describeKeysAs("climate-scale-keys");
        scale.onChoose(onActivity);
        noAnswer = new Button(section.getTranslation("flow.climate.noAnswer"), click -> {
            scale.choose(null);
            onActivity.run();
        });
        noAnswer.addThemeVariants(ButtonVariant.TERTIARY);
        noAnswer.addClassName("climate-no-answer");
        section.add(name, intro, pictures, question, prompts, scale, noAnswer);
    }

    /** Enter on the climate scale does what this button does (go on to the next theme). */
    void enterPresses(Button next) {
        scale.enterPresses(next);
    }

    /** Shows a theme's climate question, with the score the person gave it before, if any. */
    void show(Theme shown, @Nullable Integer earlier) {
        theme = shown;
        ClimateModule.Texts texts = module.texts(language);
        ThemeText text = module.text(shown, language);
        Screen.changeText(name, texts.name());
        Screen.changeText(intro, texts.intro());
        Screen.changeText(question, text.question());
        question.setId("climate-question-" + shown.code());
        prompts.removeAll();
        text.prompts().forEach(prompt -> prompts.add(new ListItem(prompt)));
        pictures.removeAll();
        for (ClimateModule.Topic topic : module.topics(shown)) {
            Image picture = new Image(topic.picture(), topic.words(language));
            picture.addClassName("climate-picture");
            pictures.add(picture);
        }
        pictures.setVisible(pictures.getComponentCount() > 0);
        scale.show(text.question(), earlier);
    }

    /** The climate score chosen here; null when the person left the question unanswered. */
    @Nullable Integer value() {
        return scale.value();
    }

    ScaleButtons scale() {
        return scale;
    }

    /** Read aloud: the module's name, the climate question, its prompts and the pictures' words. */
    List<String> spokenText() {
        ThemeText text = module.text(theme, language);
        List<String> texts = new ArrayList<>(List.of(module.texts(language).name(), text.question()));
        texts.addAll(text.prompts());
        module.topics(theme).forEach(topic -> texts.add(topic.words(language)));
        return texts;
    }
}
