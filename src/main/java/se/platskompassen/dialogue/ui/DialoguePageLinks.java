package se.platskompassen.dialogue.ui;

import java.util.List;
import se.platskompassen.dialogue.Dialogue;

/**
 * Pages about one dialogue that features above {@code dialogue} keep (the projector, the export,
 * the paper forms, the bursts of starts), linked from the dialogue's own page. The dialogue
 * feature cannot name those pages, as they depend on it; each such feature offers its links as
 * a Spring bean of this type instead (decision 0022).
 */
public interface DialoguePageLinks {

    /** The links this feature offers on the page of this dialogue. */
    List<Link> on(Dialogue dialogue);

    /**
     * @param order where the link sits among the dialogue page's links, lower first
     * @param labelKey the bundle key of the link's text
     * @param forRunners shown only to members who run dialogues
     */
    record Link(int order, String href, String labelKey, boolean forRunners) {
    }
}
