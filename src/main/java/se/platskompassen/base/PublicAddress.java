package se.platskompassen.base;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The address people outside reach the application at ({@code platskompassen.public-url}), e.g.
 * behind a reverse proxy: residents' join links, the API's paging links and HTTPS-only cookies all
 * follow it. Empty when not set; then each request's own address is used. Kept without
 * surrounding spaces and without a trailing slash, so a path can be put straight after it.
 */
@ConfigurationProperties("platskompassen")
public record PublicAddress(@DefaultValue("") String publicUrl) {

    public PublicAddress {
        String stripped = publicUrl.strip();
        publicUrl = stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    public boolean configured() {
        return !publicUrl.isEmpty();
    }

    /** Whether people reach the application over HTTPS, whatever the proxy's headers say. */
    public boolean https() {
        return publicUrl.toLowerCase(Locale.ROOT).startsWith("https://");
    }
}
