package se.platskompassen.response.ui;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.platskompassen.response.CommentText.CommentTooLongException;
import se.platskompassen.response.DialogueNotOpenException;
import se.platskompassen.response.TooManyStartsException;

/**
 * Runs the save a resident's tap asks for. When it fails, the screen says so next to its buttons
 * (until the next try), marks a field at fault, gives the buttons back and keeps everything the
 * person gave; a dialogue that no longer takes answers leads to its notice instead.
 */
final class ScreenSaves {

    private static final Logger log = LoggerFactory.getLogger(ScreenSaves.class);

    private final Consumer<DialogueNotOpenException> onNotOpen;

    ScreenSaves(Consumer<DialogueNotOpenException> onNotOpen) {
        this.onNotOpen = onNotOpen;
    }

    /** True when the save went through. */
    boolean saved(Screen screen, Runnable save) {
        return attempt(screen, () -> {
            save.run();
            return true;
        }).isPresent();
    }

    /** What the save returned, or empty when it failed (and the screen says why). */
    <T> Optional<T> attempt(Screen screen, Supplier<T> save) {
        try {
            return Optional.of(save.get());
        } catch (DialogueNotOpenException e) {
            onNotOpen.accept(e);
            return Optional.empty();
        } catch (TooManyStartsException e) {
            screen.showError(screen.getTranslation(e.limit() == TooManyStartsException.Limit.DIALOGUE
                    ? "flow.error.busy" : "flow.error.tooManyHere"));
        } catch (CommentTooLongException e) {
            screen.showError(screen.getTranslation("flow.error.tooLong"));
            if (screen instanceof ThemeScreen theme) {
                theme.markTooLong();
            }
        } catch (RuntimeException e) {
            log.warn("Could not save an answer", e);
            screen.showError(screen.getTranslation("flow.error.save"));
        }
        screen.enableActions();
        return Optional.empty();
    }
}
