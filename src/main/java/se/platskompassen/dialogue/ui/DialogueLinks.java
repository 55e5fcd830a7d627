package se.platskompassen.dialogue.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;

/** The addresses of the dialogue pages, for links from this feature and from the features above it. */
public final class DialogueLinks {

    private DialogueLinks() {
    }

    /** The page of one dialogue. */
    public static String dialogue(long dialogueId) {
        return RouteConfiguration.forApplicationScope().getUrl(DialogueView.class,
                new RouteParameters("dialogueId", String.valueOf(dialogueId)));
    }

    /** The form that starts a new dialogue at a place. */
    public static String newDialogue(long placeId) {
        return RouteConfiguration.forApplicationScope().getUrl(NewDialogueView.class,
                new RouteParameters("placeId", String.valueOf(placeId)));
    }
}
