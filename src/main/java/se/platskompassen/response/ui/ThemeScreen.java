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
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.QuestionnaireTexts;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.ThemeContent;
import se.platskompassen.questionnaire.ThemeText;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;

/**
 * One theme: its name, picture (children), question and prompts, the scale, two optional
 * comments with a character counter, and back / skip / next. What is on the screen is handed
 * over when the person leaves it, to be saved.
 *
 * <p>The screen stays on show from theme to theme and {@link #show(Theme) shows} the next one in
 * place: a step then sends the browser only the texts and values that change (a few KB) instead
 * of the whole screen again (docs/decisions/0008-resident-flow.md).
 */
class ThemeScreen extends Screen {

    private final FlowState state;
    private final Paragraph progress = new Paragraph();
    private final ProgressBar bar = new ProgressBar(0, Theme.COUNT, 1);
    private final Paragraph question = new Paragraph();
    private final UnorderedList prompts = new UnorderedList();
    private final @Nullable Details promptsOnRequest;
    private final ScaleButtons scale;
    private final @Nullable ClimateQuestion climate;
    private final CommentField worksWell;
    private final CommentField couldBeBetter;
    private @Nullable Image picture;
    private Theme theme = Theme.MOVING_AROUND;
    final Button back;
    final Button skip;
    final Button next;

    /** Which way the person leaves the screen. */
    enum Move { BACK, SKIP, NEXT }

    /**
     * A theme screen for this person's flow; a tap on the scale acts only when the guard takes
     * taps here, {@code onActivity} hears every choice and keystroke.
     */
    ThemeScreen(FlowState state, TapGuard taps, BiConsumer<ThemeScreen, Move> onLeave, Runnable onActivity) {
        this.state = state;
        addClassName("theme-screen");
        boolean child = state.dialogue.version() == Version.BARN;
        progress.addClassName("flow-progress-text");
        progress.setId("flow-progress");
        describeHeadingBy(progress);
        bar.addClassName("flow-progress");
        question.addClassName("question");
        add(progress, bar, question);
        promptsOnRequest = state.dialogue.version() == Version.VUXEN
                ? new Details(getTranslation("flow.prompts"), prompts) : null;
        add(promptsBlock());

        scale = new ScaleButtons(state.questionnaire.scale(), state.texts(), () -> taps.settled(this));
        scale.onChoose(onActivity);
        add(scale);
        ClimateLens lens = state.climate;
        climate = lens == null ? null : new ClimateQuestion(lens.module(), state.language, state.texts(),
                () -> taps.settled(this), onActivity);
        if (climate != null) {
            add(climate);
        }

        worksWell = new CommentField(getTranslation(child ? "flow.comment.good.child" : "flow.comment.good"));
        couldBeBetter = new CommentField(getTranslation(child ? "flow.comment.better.child" : "flow.comment.better"));
        worksWell.onInput(onActivity);
        couldBeBetter.onInput(onActivity);
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
        scale.enterPresses(next);
        if (climate != null) {
            climate.enterPresses(next);
        }
    }

    /** Adults see the prompts on request; young people and children see them at once. */
    private Div promptsBlock() {
        prompts.addClassName("prompts");
        if (promptsOnRequest != null) {
            promptsOnRequest.addClassName("prompts-details");
            return new Div(promptsOnRequest);
        }
        Paragraph title = new Paragraph(getTranslation("flow.prompts"));
        title.addClassName("prompts-title");
        return new Div(title, prompts);
    }

    /** Whether this screen shows this person's flow (a shared tablet's next person gets new screens). */
    boolean belongsTo(FlowState flow) {
        return state == flow;
    }

    /**
     * Shows a theme here, with what the person answered on it before. Only what differs from the
     * theme shown until now changes, since the browser is sent each change.
     */
    void show(Theme shown) {
        theme = shown;
        ThemeText text = state.text(shown);
        setHeading(text.name());
        String progressText = getTranslation("flow.progress", shown.number(), Theme.COUNT);
        setPageTitle(getTranslation("flow.pageTitle.theme", text.name(), progressText));
        changeText(progress, progressText);
        bar.setValue(shown.number());
        bar.getElement().setAttribute("aria-label", progressText);
        showPicture(state.questionnaire.theme(shown));
        changeText(question, text.question());
        question.setId("question-" + shown.code());
        showPrompts(text.prompts());
        AnswerInput earlier = state.answers.get(shown);
        scale.show(text.question(), earlier == null ? null : earlier.score());
        worksWell.show(earlier == null ? null : earlier.worksWell());
        couldBeBetter.show(earlier == null ? null : earlier.couldBeBetter());
        if (climate != null) {
            climate.show(shown, state.climateScores.get(shown));
        }
        clearFieldErrors();
        enableActions();
    }

    private void showPicture(ThemeContent content) {
        if (content.picture() == null) {
            if (picture != null) {
                picture.setVisible(false);
            }
            return;
        }
        if (picture == null) {
            picture = new Image(content.picture(), "");
            picture.addClassName("theme-picture");
            addComponentAtIndex(indexOf(question), picture);
        }
        picture.setSrc(content.picture());
        picture.setVisible(true);
    }

    /** The prompts as list items, reusing the items there are; adults' prompts close again for each theme. */
    private void showPrompts(List<String> texts) {
        List<ListItem> items = prompts.getChildren().map(ListItem.class::cast).toList();
        for (int i = 0; i < Math.max(texts.size(), items.size()); i++) {
            if (i >= texts.size()) {
                prompts.remove(items.get(i));
            } else if (i >= items.size()) {
                prompts.add(new ListItem(texts.get(i)));
            } else {
                changeText(items.get(i), texts.get(i));
            }
        }
        if (promptsOnRequest != null) {
            promptsOnRequest.setOpened(false);
        }
    }

    Theme theme() {
        return theme;
    }

    ScaleButtons scale() {
        return scale;
    }

    /** The climate score given here; null without the Climate Lens, when skipping or left unanswered. */
    @Nullable Integer climateScore(Move move) {
        return climate == null || move == Move.SKIP ? null : climate.value();
    }

    /**
     * Marks the comment fields that are over the length limit, for the person to shorten, and
     * takes the focus to the first of them: the message by the buttons is read out, the field
     * then says what is wrong with it.
     */
    void markTooLong() {
        boolean first = worksWell.markIfTooLong();
        boolean second = couldBeBetter.markIfTooLong();
        if (first || second) {
            (first ? worksWell : couldBeBetter).focus();
        }
    }

    @Override
    protected void clearFieldErrors() {
        worksWell.clearMark();
        couldBeBetter.clearMark();
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

    /** Read aloud: the theme, its question and prompts, the scale's ends (children: the faces' meanings), the comment questions. */
    @Override
    protected List<ReadAloud.Part> spokenParts() {
        ThemeText text = state.text(theme);
        List<String> texts = new ArrayList<>(List.of(text.name(), text.question(), getTranslation("flow.prompts")));
        texts.addAll(text.prompts());
        QuestionnaireTexts scaleTexts = state.texts();
        if (scaleTexts.steps().isEmpty()) {
            texts.add(state.questionnaire.scale().min() + " – " + scaleTexts.scaleLow());
            texts.add(state.questionnaire.scale().max() + " – " + scaleTexts.scaleHigh());
        } else {
            texts.addAll(scaleTexts.steps());
        }
        if (climate != null) {
            texts.addAll(climate.spokenText());
        }
        texts.addAll(List.of(worksWell.getLabel(), couldBeBetter.getLabel()));
        return texts.stream().map(ReadAloud.Part::of).toList();
    }
}
