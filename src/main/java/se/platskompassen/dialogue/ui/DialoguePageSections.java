package se.platskompassen.dialogue.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import se.platskompassen.dialogue.Dialogue;

/**
 * Parts of a dialogue's page that features above {@code dialogue} keep (the results page's
 * publishing panel). As with {@link DialoguePageLinks}, the dialogue feature cannot name them,
 * so each such feature offers its part as a Spring bean of this type (decision 0022).
 */
public interface DialoguePageSections {

    /** Where the part sits among the offered parts, lower first. */
    int order();

    /** This feature's part on the page of this dialogue, if it has one for the signed-in member. */
    Optional<Component> on(Dialogue dialogue);
}
