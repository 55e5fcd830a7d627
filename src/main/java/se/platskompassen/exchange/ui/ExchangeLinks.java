package se.platskompassen.exchange.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.springframework.stereotype.Component;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.ui.DialoguePageLinks;

/** The address of a dialogue's export and import page, and its link on the dialogue's page. */
@Component
public final class ExchangeLinks implements DialoguePageLinks {

    /** Export and import of one dialogue. */
    public static String export(long dialogueId) {
        return RouteConfiguration.forApplicationScope().getUrl(ExportView.class,
                new RouteParameters("dialogueId", String.valueOf(dialogueId)));
    }

    @Override
    public List<Link> on(Dialogue dialogue) {
        return List.of(new Link(30, export(dialogue.id()), "exchange.link", false));
    }
}
