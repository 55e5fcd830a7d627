package se.platskompassen.response.ui;

import com.vaadin.flow.component.HasElement;
import se.platskompassen.questionnaire.Language;

/**
 * Text an organisation wrote itself (a place's name, a dialogue's title and introduction, the
 * areas to choose from) is in Swedish whatever language the resident chose: marked so, screen
 * readers and read-aloud speak it as Swedish, and a right-to-left page shows it left to right.
 */
final class OrganisationText {

    private OrganisationText() {
    }

    static <T extends HasElement> T mark(T component, Language shown) {
        if (shown.locale().getLanguage().equals(Language.SV.locale().getLanguage())) {
            component.getElement().removeAttribute("lang");
            component.getElement().removeAttribute("dir");
        } else {
            component.getElement().setAttribute("lang", Language.SV.code());
            component.getElement().setAttribute("dir", "ltr");
        }
        return component;
    }
}
