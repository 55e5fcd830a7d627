package se.platskompassen.response.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.springframework.stereotype.Component;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.ui.DialoguePageLinks;

/** The address of a dialogue's bursts of starts, and its link on the dialogue's page (for those who run dialogues). */
@Component
public final class ResponseLinks implements DialoguePageLinks {

    /** The bursts of starts of one dialogue. */
    public static String bursts(long dialogueId) {
        return RouteConfiguration.forApplicationScope().getUrl(BurstsView.class,
                new RouteParameters("dialogueId", String.valueOf(dialogueId)));
    }

    @Override
    public List<Link> on(Dialogue dialogue) {
        return List.of(new Link(50, bursts(dialogue.id()), "bursts.link", true));
    }
}
