package se.platskompassen.live.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.discussion.ThemeOutcome;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;

/**
 * What the group agrees on one theme: a score (a row of toggle buttons), short notes saved as
 * they are typed, and whether the theme is a priority. Read-only for those who may not record.
 */
class AgreementPanel extends Composite<Div> {

    private final Dialogue dialogue;
    private final DiscussionService discussions;
    private final boolean editable;
    private final List<Button> scoreButtons = new ArrayList<>();
    private final TextArea notes = new TextArea();
    private final Button priority = new Button();
    private final Span saved = new Span();
    private final Paragraph readOnly = new Paragraph();
    private Theme theme = Theme.MOVING_AROUND;
    private @Nullable String storedNotes;
    private ThemeOutcome outcome = new ThemeOutcome(Theme.MOVING_AROUND, null, null, false);

    AgreementPanel(Dialogue dialogue, DiscussionService discussions, boolean editable, List<String> stepNames) {
        this.dialogue = dialogue;
        this.discussions = discussions;
        this.editable = editable;
        getContent().addClassName("agreement");
        getContent().add(new H2(getTranslation("discuss.agreed")));
        if (!editable) {
            getContent().add(readOnly);
            return;
        }
        Scale scale = dialogue.version().scale();
        Div scores = new Div();
        scores.addClassName("agreed-scores");
        scores.getElement().setAttribute("role", "group");
        scores.getElement().setAttribute("aria-label", getTranslation("discuss.agreed.label"));
        for (int score = scale.min(); score <= scale.max(); score++) {
            int value = score;
            String name = stepNames.size() == scale.steps() ? stepNames.get(score - scale.min()) : "";
            Button button = new Button(String.valueOf(score), click -> saveScore(value));
            button.setAriaLabel(name.isEmpty() ? getTranslation("discuss.agreed.score", score)
                    : getTranslation("discuss.agreed.scoreNamed", score, name));
            button.addClassName("agreed-score");
            scoreButtons.add(button);
            scores.add(button);
        }
        Button clear = new Button(getTranslation("discuss.agreed.clear"), click -> saveScore(null));
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        scores.add(clear);
        priority.addClassName("priority-toggle");
        priority.addClickListener(click -> {
            discussions.setPriority(dialogue, theme, !outcome.priority());
            outcome = new ThemeOutcome(theme, outcome.agreedScore(), outcome.notes(), !outcome.priority());
            showPriority();
        });
        notes.setLabel(getTranslation("discuss.notes"));
        notes.setMaxLength(ThemeOutcome.MAX_NOTES);
        notes.setValueChangeMode(ValueChangeMode.LAZY);
        notes.setValueChangeTimeout(700);
        notes.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                saveNotes(change.getValue());
            }
        });
        notes.addBlurListener(blur -> saveNotes(notes.getValue()));
        saved.addClassName("saved-indicator");
        saved.getElement().setAttribute("aria-live", "polite");
        getContent().add(scores, priority, notes, saved);
    }

    /** Shows the stored outcome; notes someone is still typing here are left as they are. */
    void show(Theme shown, ThemeOutcome stored) {
        boolean sameTheme = shown == theme;
        theme = shown;
        outcome = stored;
        if (!editable) {
            readOnly.setText(describe(stored));
            return;
        }
        for (int i = 0; i < scoreButtons.size(); i++) {
            Button button = scoreButtons.get(i);
            boolean chosen = Objects.equals(stored.agreedScore(), dialogue.version().scale().min() + i);
            button.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
            button.removeThemeVariants(ButtonVariant.PRIMARY);
            if (chosen) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            }
        }
        showPriority();
        boolean typing = sameTheme && !Objects.equals(emptyToNull(notes.getValue()), storedNotes);
        if (!typing) {
            notes.setValue(stored.notes() == null ? "" : stored.notes());
            storedNotes = stored.notes();
            if (!sameTheme) {
                saved.setText("");
            }
        }
    }

    private void showPriority() {
        priority.setText(getTranslation(outcome.priority() ? "discuss.priority.on" : "discuss.priority.off"));
        priority.getElement().setAttribute("aria-pressed", String.valueOf(outcome.priority()));
        priority.removeThemeVariants(ButtonVariant.PRIMARY);
        if (outcome.priority()) {
            priority.addThemeVariants(ButtonVariant.PRIMARY);
        }
    }

    private void saveScore(@Nullable Integer score) {
        discussions.saveAgreedScore(dialogue, theme, score);
        show(theme, new ThemeOutcome(theme, score, outcome.notes(), outcome.priority()));
        saved.setText(getTranslation("discuss.saved"));
    }

    /** Saves notes typed but not yet saved, before the panel moves to another theme. */
    void saveTypedNotes() {
        if (editable) {
            saveNotes(notes.getValue());
        }
    }

    private void saveNotes(String typed) {
        String value = emptyToNull(typed);
        if (Objects.equals(value, storedNotes)) {
            return;
        }
        discussions.saveNotes(dialogue, theme, value);
        storedNotes = value;
        outcome = new ThemeOutcome(theme, outcome.agreedScore(), value, outcome.priority());
        saved.setText(getTranslation("discuss.saved"));
    }

    private String describe(ThemeOutcome stored) {
        String score = stored.agreedScore() == null ? getTranslation("discuss.agreed.none")
                : getTranslation("discuss.agreed.is", stored.agreedScore());
        String priorityText = stored.priority() ? " " + getTranslation("discuss.priority.on") + "." : "";
        String notesText = stored.notes() == null ? "" : " " + stored.notes();
        return score + priorityText + notesText;
    }

    private static @Nullable String emptyToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
