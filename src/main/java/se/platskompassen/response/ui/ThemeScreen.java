package se.platskompassen.response.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.ThemeContent;
import se.platskompassen.questionnaire.ThemeText;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.CommentText;

/**
 * One theme: its name, picture (children), question and prompts, the scale, two optional
 * comments with a character counter, and back / skip / next. What is on the screen is handed
 * over when the person leaves it, to be saved.
 */
class ThemeScreen extends Screen {

    private final Theme theme;
    private final ScaleButtons scale;
    private final TextArea worksWell;
    private final TextArea couldBeBetter;
    final Button back;
    final Button skip;
    final Button next;

    /** Which way the person leaves the screen. */
    enum Move { BACK, SKIP, NEXT }

    ThemeScreen(FlowState state, Theme theme, BiConsumer<ThemeScreen, Move> onLeave) {
        this.theme = theme;
        addClassName("theme-screen");
        ThemeText text = state.text(theme);
        ThemeContent content = state.questionnaire.theme(theme);
        boolean child = state.dialogue.version() == Version.BARN;
        setHeading(text.name());

        Paragraph progress = new Paragraph(getTranslation("flow.progress", theme.number(), Theme.COUNT));
        progress.addClassName("flow-progress-text");
        ProgressBar bar = new ProgressBar(0, Theme.COUNT, theme.number());
        bar.getElement().setAttribute("aria-label", progress.getText());
        bar.addClassName("flow-progress");
        add(progress, bar);

        if (content.picture() != null) {
            Image picture = new Image(content.picture(), "");
            picture.addClassName("theme-picture");
            add(picture);
        }
        Paragraph question = new Paragraph(text.question());
        question.addClassName("question");
        question.setId("question-" + theme.code());
        add(question);
        add(prompts(text, state.dialogue.version()));

        AnswerInput earlier = state.answers.get(theme);
        scale = new ScaleButtons(state.questionnaire.scale(), state.texts(), text.question(),
                earlier == null ? null : earlier.score());
        add(scale);

        worksWell = comment(child ? "flow.comment.good.child" : "flow.comment.good",
                earlier == null ? null : earlier.worksWell());
        couldBeBetter = comment(child ? "flow.comment.better.child" : "flow.comment.better",
                earlier == null ? null : earlier.couldBeBetter());
        Div comments = new Div(worksWell, couldBeBetter);
        comments.addClassName("comments");
        add(comments);

        back = new Button(getTranslation("flow.back"), click -> onLeave.accept(this, Move.BACK));
        skip = new Button(getTranslation("flow.skip"), click -> onLeave.accept(this, Move.SKIP));
        next = new Button(getTranslation("flow.next"), click -> onLeave.accept(this, Move.NEXT));
        next.addThemeVariants(ButtonVariant.PRIMARY);
        skip.addThemeVariants(ButtonVariant.TERTIARY);
        for (Button button : new Button[] {back, skip, next}) {
            button.setDisableOnClick(true);
        }
        addActions(back, skip, next);
    }

    /** Adults see the prompts on request; young people and children see them at once. */
    private Div prompts(ThemeText text, Version version) {
        UnorderedList list = new UnorderedList();
        text.prompts().forEach(prompt -> list.add(new ListItem(prompt)));
        list.addClassName("prompts");
        if (version == Version.VUXEN) {
            Details details = new Details(getTranslation("flow.prompts"), list);
            details.addClassName("prompts-details");
            return new Div(details);
        }
        Paragraph title = new Paragraph(getTranslation("flow.prompts"));
        title.addClassName("prompts-title");
        return new Div(title, list);
    }

    private TextArea comment(String labelKey, @Nullable String initial) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setMaxLength(CommentText.MAX_LENGTH);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.addClassName("comment");
        area.setWidthFull();
        area.setValue(initial == null ? "" : initial);
        area.setHelperText(counter(area.getValue().length()));
        area.addValueChangeListener(change -> area.setHelperText(counter(change.getValue().length())));
        return area;
    }

    private String counter(int length) {
        return getTranslation("flow.comment.counter", length, CommentText.MAX_LENGTH);
    }

    /** Calls back whenever the person does something here (chooses, types). */
    void onActivity(Runnable activity) {
        scale.onChoose(activity);
        worksWell.addValueChangeListener(change -> activity.run());
        couldBeBetter.addValueChangeListener(change -> activity.run());
    }

    Theme theme() {
        return theme;
    }

    ScaleButtons scale() {
        return scale;
    }

    /** Marks the comment fields that are over the length limit, for the person to shorten. */
    void markTooLong() {
        for (TextArea area : new TextArea[] {worksWell, couldBeBetter}) {
            try {
                CommentText.cleanWithinLimit(area.getValue());
            } catch (CommentText.CommentTooLongException e) {
                area.setErrorMessage(getTranslation("flow.error.tooLong.field", CommentText.MAX_LENGTH));
                area.setInvalid(true);
            }
        }
    }

    @Override
    protected void clearFieldErrors() {
        worksWell.setInvalid(false);
        couldBeBetter.setInvalid(false);
    }

    /**
     * What the person gave here: the chosen score (none when skipping) and the comments, cleaned.
     *
     * @throws se.platskompassen.response.CommentText.CommentTooLongException when a comment is too long
     */
    AnswerInput answer(Move move) {
        Integer score = move == Move.SKIP ? null : scale.value();
        return new AnswerInput(theme, score, worksWell.getValue(), couldBeBetter.getValue());
    }
}
