package se.platskompassen.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import se.platskompassen.base.PublicAddress;
import se.platskompassen.questionnaire.Language;

/**
 * The addresses residents type or scan. They must work from a phone on the street, so they use
 * the configured public address ({@code platskompassen.public-url}) when there is one, and the
 * address the staff member's browser used otherwise.
 */
@Component
public class PublicLinks {

    private final String configured;

    PublicLinks(PublicAddress address) {
        this.configured = address.publicUrl();
    }

    /** Where a resident answers on their own device. */
    public String answer(String joinCode) {
        return base() + "/" + answerPath(joinCode);
    }

    /** The same address within the application, for navigating there. */
    public static String answerPath(String joinCode) {
        return "d/" + ResidentPage.urlSafe(joinCode);
    }

    /** Where anyone reads a dialogue's published results ("Vad vi hörde – vad vi gör"). */
    public String results(String joinCode) {
        return base() + "/" + resultsPath(joinCode);
    }

    /**
     * The results address that opens in this language ({@code ?lang=ar}), for a poster in that
     * language; Swedish, the page's own first language, needs no parameter.
     */
    public String results(String joinCode, Language language) {
        return results(joinCode) + (language == Language.SV ? "" : "?lang=" + language.code());
    }

    /** The results address within the application, for navigating there. */
    public static String resultsPath(String joinCode) {
        return "r/" + ResidentPage.urlSafe(joinCode);
    }

    /** The results address without the scheme, shorter to print. */
    public String shortResults(String joinCode) {
        return results(joinCode).replaceFirst("^https?://", "");
    }

    /** The results address in this language without the scheme, shorter to print. */
    public String shortResults(String joinCode, Language language) {
        return results(joinCode, language).replaceFirst("^https?://", "");
    }

    /** Where a shared tablet answers, one person after the other. */
    public String kiosk(String joinCode) {
        return base() + "/kiosk/" + ResidentPage.urlSafe(joinCode);
    }

    /** The answer link without the scheme, shorter to read aloud and to print. */
    public String shortAnswer(String joinCode) {
        return answer(joinCode).replaceFirst("^https?://", "");
    }

    String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest servletRequest) {
            HttpServletRequest request = servletRequest.getHttpServletRequest();
            boolean defaultPort = request.getServerPort() == ("https".equals(request.getScheme()) ? 443 : 80);
            return request.getScheme() + "://" + request.getServerName()
                    + (defaultPort ? "" : ":" + request.getServerPort()) + stripSlash(request.getContextPath());
        }
        return "http://localhost:8080";
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
