package se.platskompassen.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>} on API requests and, for a valid token, puts its
 * {@link ApiPrincipal} into this request's security context. No session: every request brings
 * its token. A missing or unknown token leaves the request anonymous, and the API's security
 * chain answers 401. Not a bean, so that it runs in the API's chain only.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final SecurityContextHolderStrategy security;

    ApiTokenFilter(ApiTokenService tokens, SecurityContextHolderStrategy security) {
        this.tokens = tokens;
        this.security = security;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Optional<ApiPrincipal> client = tokens.authenticate(header.substring(BEARER.length()).strip());
            if (client.isPresent()) {
                SecurityContext context = security.createEmptyContext();
                context.setAuthentication(new TokenAuthentication(client.get()));
                security.setContext(context);
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            security.clearContext();
        }
    }

    /** An authenticated API client; its authorities name its scopes ({@code SCOPE_figures}). */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final ApiPrincipal client;

        TokenAuthentication(ApiPrincipal client) {
            super(client.scopes().stream().map(scope -> new SimpleGrantedAuthority("SCOPE_" + scope.code()))
                    .toList());
            this.client = client;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public ApiPrincipal getPrincipal() {
            return client;
        }

        @Override
        public String getName() {
            return client.actor().username();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TokenAuthentication token && token.client.equals(client);
        }

        @Override
        public int hashCode() {
            return client.hashCode();
        }
    }
}
