package se.platskompassen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import se.platskompassen.questionnaire.Language;

/**
 * Keeps the page's {@code lang} attribute right, so that screen readers speak Swedish as
 * Swedish and English as English.
 */
@Component
public class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response ->
                response.getDocument().getElementsByTag("html").attr("lang", Language.SV.code()));
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.setLocale(Language.SV.locale());
        });
    }

    /** Switches the UI's language: texts re-translate and the page's lang attribute follows. */
    public static void set(UI ui, Language language) {
        ui.setLocale(language.locale());
        ui.getPage().executeJs("document.documentElement.lang = $0", language.code());
    }

    public static Language of(UI ui) {
        return Language.of(ui.getLocale());
    }
}
