package se.platskompassen.api;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import se.platskompassen.base.PublicAddress;

/**
 * The absolute address of the current API request, for the {@code self} and {@code next} links.
 * Behind a reverse proxy the request names the application's own address, not the one a BI tool
 * can reach, so the configured public address ({@code platskompassen.public-url}, the same one
 * join links use) is put in front of the path when there is one.
 */
@Component
class ApiLinks {

    private final String publicUrl;

    ApiLinks(PublicAddress address) {
        this.publicUrl = address.publicUrl();
    }

    /** The current request's address, to change its query parameters. */
    UriComponentsBuilder current() {
        if (publicUrl.isEmpty()) {
            return ServletUriComponentsBuilder.fromCurrentRequest();
        }
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        return rebased(publicUrl, request.getRequestURI().substring(request.getContextPath().length()),
                request.getQueryString());
    }

    /** The path (below the application's context) and query of a request, under a public address. */
    static UriComponentsBuilder rebased(String publicUrl, String path, @Nullable String query) {
        return UriComponentsBuilder.fromUriString(publicUrl + path + (query == null ? "" : "?" + query));
    }
}
