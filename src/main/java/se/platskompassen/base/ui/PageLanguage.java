package se.platskompassen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import se.platskompassen.questionnaire.Language;

/**
 * Keeps the page's {@code lang} and {@code dir} attributes right, so that screen readers speak
 * each language in its own voice and Arabic and Persian pages are laid out right to left.
 */
@Component
public class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response ->
                response.getDocument().getElementsByTag("html").attr("lang", Language.SV.code()).attr("dir", "ltr"));
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.setLocale(Language.SV.locale());
        });
    }

    /** Switches the UI's language: texts re-translate and the page's lang attribute follows. */
    public static void set(UI ui, Language language) {
        ui.setLocale(language.locale());
        ui.getPage().executeJs("document.documentElement.lang = $0; document.documentElement.dir = $1",
                language.code(), language.rightToLeft() ? "rtl" : "ltr");
        ComponentTexts.apply(ui);
    }

    public static Language of(UI ui) {
        return Language.of(ui.getLocale());
    }
}
