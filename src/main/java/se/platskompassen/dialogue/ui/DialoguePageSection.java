package se.platskompassen.dialogue.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import se.platskompassen.dialogue.Dialogue;

/**
 * A part of a dialogue's page that a feature above {@code dialogue} keeps (who answered beside
 * the place's population, in {@code population}). As with {@link DialoguePageLinks}, the dialogue
 * feature cannot name it, so that feature offers it as a Spring bean (decision 0022); the page
 * shows what is offered below the group's compass.
 */
public interface DialoguePageSection {

    /** The section for this dialogue's page, if it has something to show. */
    Optional<Component> on(Dialogue dialogue);
}
