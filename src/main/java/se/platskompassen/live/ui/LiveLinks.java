package se.platskompassen.live.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.ui.DialoguePageLinks;

/** The addresses of a dialogue's projector pages, and their links on the dialogue's page. */
@Component
public final class LiveLinks implements DialoguePageLinks {

    /** The live compass of the dialogue with this join code. */
    public static String live(String joinCode) {
        return RouteConfiguration.forApplicationScope().getUrl(LiveView.class, new RouteParameters("code", joinCode));
    }

    /** The dialogue mode on the projector, at its first theme. */
    public static String discuss(String joinCode) {
        return RouteConfiguration.forApplicationScope().getUrl(DialogueModeView.class,
                new RouteParameters("code", joinCode));
    }

    /** The dialogue mode on the projector, at the theme with this number (from 1). */
    public static String discuss(String joinCode, int themeNumber) {
        return RouteConfiguration.forApplicationScope().getUrl(DialogueModeView.class,
                new RouteParameters(Map.of("code", joinCode, "theme", String.valueOf(themeNumber))));
    }

    @Override
    public List<Link> on(Dialogue dialogue) {
        return List.of(new Link(10, live(dialogue.joinCode()), "dialogue.liveView", false),
                new Link(20, discuss(dialogue.joinCode()), "dialogue.discussMode", false));
    }
}
