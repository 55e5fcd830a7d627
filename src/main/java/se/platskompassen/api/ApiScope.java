package se.platskompassen.api;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.platskompassen.organisation.Role;

/**
 * What a token may read. {@link #FIGURES}: places, dialogues and their figures after the
 * small-group rule. {@link #RESPONSES}: single responses as well; whoever holds every response
 * can work out every figure anyway, so it includes what {@code figures} gives.
 */
public enum ApiScope {
    FIGURES,
    RESPONSES;

    /** The name in the API, in the token list and in the OpenAPI description: {@code figures}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ApiScope> fromCode(String code) {
        return Arrays.stream(values()).filter(scope -> scope.code().equals(code.trim())).findFirst();
    }

    /** Stored as codes separated by commas, in a fixed order. */
    static String join(Collection<ApiScope> scopes) {
        return EnumSet.copyOf(scopes).stream().map(ApiScope::code).collect(Collectors.joining(","));
    }

    static Set<ApiScope> split(String stored) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (String code : stored.split(",")) {
            fromCode(code).ifPresent(scopes::add);
        }
        return scopes;
    }

    /** The read-only role a token with these scopes acts in. */
    static Role role(Set<ApiScope> scopes) {
        return scopes.contains(RESPONSES) ? Role.API_RESPONSES : Role.API_FIGURES;
    }
}
