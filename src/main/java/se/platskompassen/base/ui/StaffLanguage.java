package se.platskompassen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.platskompassen.questionnaire.Language;

/**
 * The language a staff member chose for the staff pages (Swedish or English), kept in a cookie
 * of the browser: it holds across reloads, sign-out and the next sign-in, which a choice kept in
 * the Vaadin UI or the session did not. Resident pages ({@link ResidentPage}) keep their own
 * language rules; the login page, a resident-style page, applies the choice itself.
 */
@Component
public class StaffLanguage implements VaadinServiceInitListener {

    /** The staff pages speak Swedish and English; residents' languages are their own. */
    public static final List<Language> LANGUAGES = List.of(Language.SV, Language.EN);

    static final String COOKIE = "pk-staff-language";
    private static final int ONE_YEAR = 365 * 24 * 60 * 60;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (!ResidentPage.class.isAssignableFrom(enter.getNavigationTarget())) {
                restore(enter.getUI());
            }
        }));
    }

    /** Applies the chosen language, if the browser has one. */
    public static void restore(UI ui) {
        chosen().filter(language -> language != PageLanguage.of(ui)).ifPresent(language -> PageLanguage.set(ui, language));
    }

    /** Switches the page to {@code language} and remembers it in the browser for the next visits. */
    public static void choose(UI ui, Language language) {
        PageLanguage.set(ui, language);
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=' + $2 + '; SameSite=Lax'"
                + " + (location.protocol === 'https:' ? '; Secure' : '')", COOKIE, language.code(), ONE_YEAR);
    }

    static Optional<Language> chosen() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Language.fromCode(cookie.getValue()).filter(LANGUAGES::contains);
            }
        }
        return Optional.empty();
    }
}
