package se.platskompassen.response.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.QuestionnaireTexts;
import se.platskompassen.questionnaire.Scale;

/**
 * The answer scale as large toggle buttons: 1–7 with words at both ends, or three faces for
 * children. Each button has an accessible name with its number (or its face's meaning) and
 * says whether it is chosen ({@code aria-pressed}). The same buttons serve theme after theme:
 * {@link #show} only changes the group's name and which button is pressed.
 */
class ScaleButtons extends Composite<Div> {

    private final List<Button> buttons = new ArrayList<>();
    private final Scale scale;
    private final Div row = new Div();
    private @Nullable Integer chosen;
    private Runnable onChoose = () -> { };

    /**
     * The scale's buttons; a tap acts only when {@code takesTaps} says so, so that a tap meant for
     * the theme before does not choose on the theme now on show ({@link TapGuard}).
     */
    ScaleButtons(Scale scale, QuestionnaireTexts texts, BooleanSupplier takesTaps) {
        this.scale = scale;
        row.addClassName(texts.steps().isEmpty() ? "scale-numbers" : "scale-faces");
        row.getElement().setAttribute("role", "group");
        for (int score = scale.min(); score <= scale.max(); score++) {
            Button button = texts.steps().isEmpty() ? numberButton(score, texts) : faceButton(score, texts);
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
        if (texts.steps().isEmpty()) {
            Div ends = new Div(new Span(texts.scaleLow()), new Span(texts.scaleHigh()));
            ends.addClassName("scale-ends");
            ends.getElement().setAttribute("aria-hidden", "true");
            getContent().add(ends);
        }
        choose(null);
    }

    /** Shows the scale for a question (its accessible name) with the score given to it, if any. */
    void show(String question, @Nullable Integer score) {
        row.getElement().setAttribute("aria-label", question);
        choose(score);
    }

    private Button numberButton(int score, QuestionnaireTexts texts) {
        Button button = new Button(String.valueOf(score));
        button.addClassName("scale-button");
        String name = score == scale.min() ? score + " – " + texts.scaleLow()
                : score == scale.max() ? score + " – " + texts.scaleHigh() : String.valueOf(score);
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

    /** Presses the button of a score (none for null); only buttons that change are touched. */
    void choose(@Nullable Integer score) {
        for (int i = 0; i < buttons.size(); i++) {
            int value = scale.min() + i;
            boolean on = score != null && score == value;
            boolean was = chosen != null && chosen == value;
            Button button = buttons.get(i);
            if (on == was && button.getElement().hasAttribute("aria-pressed")) {
                continue;
            }
            button.getElement().setAttribute("aria-pressed", String.valueOf(on));
            if (on) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.PRIMARY);
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
