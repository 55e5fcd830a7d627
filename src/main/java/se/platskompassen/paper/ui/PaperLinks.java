package se.platskompassen.paper.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.springframework.stereotype.Component;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.ui.DialoguePageLinks;

/** The address of a dialogue's paper page, and its link on the dialogue's page (for those who run dialogues). */
@Component
public final class PaperLinks implements DialoguePageLinks {

    /** The paper forms of one dialogue. */
    public static String paper(long dialogueId) {
        return RouteConfiguration.forApplicationScope().getUrl(PaperView.class,
                new RouteParameters("dialogueId", String.valueOf(dialogueId)));
    }

    @Override
    public List<Link> on(Dialogue dialogue) {
        return List.of(new Link(40, paper(dialogue.id()), "paper.link", true));
    }
}
