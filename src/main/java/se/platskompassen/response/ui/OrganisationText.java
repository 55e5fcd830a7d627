package se.platskompassen.response.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.HasText;
import se.platskompassen.questionnaire.Language;

/**
 * Text an organisation wrote itself (a place's name, a dialogue's title and introduction, the
 * areas to choose from) is in Swedish whatever language the resident chose: marked so, screen
 * readers and read-aloud speak it as Swedish, and a right-to-left page shows it left to right.
 */
final class OrganisationText {

    private OrganisationText() {
    }

    /** A component's text to read aloud, in Swedish where {@link #mark} marked it so. */
    static <T extends HasElement & HasText> ReadAloud.Part spoken(T component) {
        return new ReadAloud.Part(component.getText(),
                component.getElement().hasAttribute("lang") ? Language.SV.locale() : null);
    }

    /** An organisation's text to read aloud on a screen in {@code shown}. */
    static ReadAloud.Part spoken(String text, Language shown) {
        return new ReadAloud.Part(text, sameLanguage(shown) ? null : Language.SV.locale());
    }

    static <T extends HasElement> T mark(T component, Language shown) {
        if (sameLanguage(shown)) {
            component.getElement().removeAttribute("lang");
            component.getElement().removeAttribute("dir");
        } else {
            component.getElement().setAttribute("lang", Language.SV.code());
            component.getElement().setAttribute("dir", "ltr");
        }
        return component;
    }

    private static boolean sameLanguage(Language shown) {
        return shown.locale().getLanguage().equals(Language.SV.locale().getLanguage());
    }
}
