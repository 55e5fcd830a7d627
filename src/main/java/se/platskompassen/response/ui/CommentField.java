package se.platskompassen.response.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import se.platskompassen.response.CommentText;

/**
 * An optional comment on a theme, with a character counter under it. It is marked when it is too
 * long to save, and the mark goes as soon as the person has shortened it.
 *
 * <p>Validation is the flow's own ({@link #markIfTooLong()}): Vaadin's automatic validation would
 * send a script to the browser with every value the field is given, also when a theme step only
 * fills in the next theme's comment.
 */
class CommentField extends TextArea {

    CommentField(String label) {
        super(label);
        setMaxLength(CommentText.MAX_LENGTH);
        setValueChangeMode(ValueChangeMode.LAZY);
        setManualValidation(true);
        addClassName("comment");
        setWidthFull();
        setHelperText(counter(0));
        addValueChangeListener(change -> {
            setHelperText(counter(change.getValue().length()));
            if (isInvalid() && fitsTheLimit()) {
                setInvalid(false);
            }
        });
    }

    /** Shows what the person wrote here on this theme before, or nothing. */
    void show(@Nullable String comment) {
        setValue(comment == null ? "" : comment);
    }

    /** Calls back when the person types here (not when the flow fills the field in). */
    void onInput(Runnable input) {
        addValueChangeListener(change -> {
            if (change.isFromClient()) {
                input.run();
            }
        });
    }

    /** Marks the field when what it holds is too long to save; says whether it did. */
    boolean markIfTooLong() {
        if (fitsTheLimit()) {
            return false;
        }
        setErrorMessage(getTranslation("flow.error.tooLong.field", CommentText.MAX_LENGTH));
        setInvalid(true);
        return true;
    }

    /** Takes the mark away; sends nothing to the browser when there is none. */
    void clearMark() {
        if (isInvalid()) {
            setInvalid(false);
        }
    }

    private boolean fitsTheLimit() {
        try {
            CommentText.cleanWithinLimit(getValue());
            return true;
        } catch (CommentText.CommentTooLongException e) {
            return false;
        }
    }

    private String counter(int length) {
        return getTranslation("flow.comment.counter", length, CommentText.MAX_LENGTH);
    }
}
