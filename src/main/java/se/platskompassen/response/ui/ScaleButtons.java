package se.platskompassen.response.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.QuestionnaireTexts;
import se.platskompassen.questionnaire.Scale;

/**
 * The answer scale as one radio group of large buttons: 1–7 with words at both ends, or three
 * faces for children. The group is named by the theme's question, each option by its position
 * and meaning ("4 av 7", or the face's meaning), and it is one Tab stop. A keyboard goes faster
 * than a finger: arrows move and choose, a digit chooses its score, Enter goes on to the next
 * theme; a hint says so when the group has the keyboard focus (docs/decisions/0029-keyboard-and-small-phones.md).
 * The same buttons serve theme after theme: {@link #show} only changes the group's name and
 * which option is checked.
 */
class ScaleButtons extends Composite<Div> {

    /**
     * The keys, in the browser: a tap's work stays on the server (the tap guard decides), the
     * script only moves the focus and clicks what a finger would.
     */
    private static final String KEYS = """
            const group = this, next = $0;
            if (group.$keys) return;
            group.$keys = true;
            group.addEventListener('keydown', event => {
              if (event.altKey || event.ctrlKey || event.metaKey) return;
              const radios = [...group.querySelectorAll('[role=radio]')];
              const at = radios.indexOf(event.target.closest('[role=radio]'));
              const backwards = getComputedStyle(group).direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
              let to;
              if (/^[1-9]$/.test(event.key) && Number(event.key) <= radios.length) to = radios[Number(event.key) - 1];
              else if (event.key === backwards || event.key === 'ArrowUp') to = radios[(at + radios.length - 1) % radios.length];
              else if (event.key.startsWith('Arrow')) to = radios[(at + 1) % radios.length];
              else if (event.key === 'Home') to = radios[0];
              else if (event.key === 'End') to = radios[radios.length - 1];
              else if (event.key === 'Enter') { event.preventDefault(); event.stopPropagation(); next.click(); return; }
              else return;
              event.preventDefault();
              event.stopPropagation();
              to.focus();
              to.click();
            }, true);""";

    private final List<Button> buttons = new ArrayList<>();
    private final Scale scale;
    private final Div row = new Div();
    private final Paragraph keys;
    private @Nullable Integer chosen;
    private Runnable onChoose = () -> { };

    /**
     * The scale's buttons; a tap acts only when {@code takesTaps} says so, so that a tap meant for
     * the theme before does not choose on the theme now on show ({@link TapGuard}).
     */
    ScaleButtons(Scale scale, QuestionnaireTexts texts, BooleanSupplier takesTaps) {
        this.scale = scale;
        boolean numbers = texts.steps().isEmpty();
        row.addClassName(numbers ? "scale-numbers" : "scale-faces");
        row.getElement().setAttribute("role", "radiogroup");
        row.getElement().setAttribute("aria-describedby", "scale-keys");
        for (int score = scale.min(); score <= scale.max(); score++) {
            Button button = numbers ? numberButton(score, texts) : faceButton(score, texts);
            button.getElement().setAttribute("role", "radio");
            int value = score;
            button.addClickListener(click -> {
                if (takesTaps.getAsBoolean()) {
                    choose(value);
                    onChoose.run();
                }
            });
            buttons.add(button);
            row.add(button);
        }
        getContent().addClassName("scale");
        getContent().add(row);
        if (numbers) {
            Div ends = new Div(new Span(texts.scaleLow()), new Span(texts.scaleHigh()));
            ends.addClassName("scale-ends");
            ends.getElement().setAttribute("aria-hidden", "true");
            getContent().add(ends);
        }
        keys = new Paragraph(getTranslation("flow.scale.keys", buttons.size()));
        keys.setId("scale-keys");
        keys.addClassName("scale-keys");
        getContent().add(keys);
        choose(null);
    }

    /** A second scale on the same screen (the Climate Lens) names its key hint with an id of its own. */
    void describeKeysAs(String id) {
        keys.setId(id);
        row.getElement().setAttribute("aria-describedby", id);
    }

    /** Lets Enter on the scale do what this button does (go on to the next theme). */
    void enterPresses(Button next) {
        row.addAttachListener(attach -> row.getElement().executeJs(KEYS, next.getElement()));
    }

    /** Shows the scale for a question (its accessible name) with the score given to it, if any. */
    void show(String question, @Nullable Integer score) {
        row.getElement().setAttribute("aria-label", question);
        choose(score);
    }

    private Button numberButton(int score, QuestionnaireTexts texts) {
        Button button = new Button(String.valueOf(score));
        button.addClassName("scale-button");
        String position = getTranslation("flow.scale.option", score, scale.max());
        String name = score == scale.min() ? getTranslation("flow.scale.optionEnd", position, texts.scaleLow())
                : score == scale.max() ? getTranslation("flow.scale.optionEnd", position, texts.scaleHigh()) : position;
        button.setAriaLabel(name);
        return button;
    }

    private Button faceButton(int score, QuestionnaireTexts texts) {
        Image face = new Image("pictures/faces/face-" + score + ".svg", "");
        face.addClassName("face");
        String meaning = texts.steps().get(score - scale.min());
        Span caption = new Span(meaning);
        caption.getElement().setAttribute("aria-hidden", "true");
        Button button = new Button(new Div(face, caption));
        button.addClassName("scale-button");
        button.addClassName("face-button");
        button.setAriaLabel(meaning);
        return button;
    }

    /**
     * Checks the option of a score (none for null); only options that change are touched. The
     * checked option is the group's Tab stop, or the first when none is.
     */
    void choose(@Nullable Integer score) {
        int tabStop = score == null ? scale.min() : score;
        for (int i = 0; i < buttons.size(); i++) {
            int value = scale.min() + i;
            Button button = buttons.get(i);
            String checked = String.valueOf(score != null && score == value);
            if (!checked.equals(button.getElement().getAttribute("aria-checked"))) {
                button.getElement().setAttribute("aria-checked", checked);
                if (score != null && score == value) {
                    button.addThemeVariants(ButtonVariant.PRIMARY);
                } else {
                    button.removeThemeVariants(ButtonVariant.PRIMARY);
                }
            }
            String tabIndex = value == tabStop ? "0" : "-1";
            if (!tabIndex.equals(button.getElement().getAttribute("tabindex"))) {
                button.getElement().setAttribute("tabindex", tabIndex);
            }
        }
        chosen = score;
    }

    void onChoose(Runnable listener) {
        this.onChoose = listener;
    }

    @Nullable Integer value() {
        return chosen;
    }

    /** The button of a score, for tests and focus. */
    Button button(int score) {
        return buttons.get(score - scale.min());
    }
}
