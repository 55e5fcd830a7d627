package se.platskompassen.dialogue.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import se.platskompassen.dialogue.Dialogue;

/**
 * A part of a dialogue's page that a feature above {@code dialogue} keeps: who answered beside
 * the place's population ({@code population}), the public results' panel ({@code results}). As
 * with {@link DialoguePageLinks}, the dialogue feature cannot name them, so each such feature
 * offers its part as a Spring bean (decision 0022), and says where on the page it belongs.
 */
public interface DialoguePageSection {

    /** Where on the dialogue's page a section stands. */
    enum Position { UNDER_COMPASS, UNDER_ACTIONS }

    Position position();

    /** The section for this dialogue's page, if it has something to show to the signed-in member. */
    Optional<Component> on(Dialogue dialogue);
}
