package se.platskompassen.api;

import java.util.Set;
import se.platskompassen.organisation.Actor;
import se.platskompassen.security.ActingPrincipal;

/**
 * The API client behind a request, as Spring Security holds it: which token, of which
 * organisation, with which scopes. Made fresh from the database on every request, so a revoked
 * token stops working at once.
 */
public record ApiPrincipal(long tokenId, long organisationId, String name, String prefix, Set<ApiScope> scopes)
        implements ActingPrincipal {

    public ApiPrincipal {
        scopes = Set.copyOf(scopes);
    }

    /** The read-only actor of the token's organisation that the services see. */
    @Override
    public Actor actor() {
        return Actor.apiClient("api:" + prefix, ApiScope.role(scopes), organisationId);
    }

    public boolean allows(ApiScope scope) {
        return scopes.contains(scope) || scopes.contains(ApiScope.RESPONSES);
    }
}
