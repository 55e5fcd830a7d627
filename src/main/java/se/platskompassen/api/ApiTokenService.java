package se.platskompassen.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.base.NotFoundException;
import se.platskompassen.organisation.Actor;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;

/**
 * The organisation's API tokens: organisation admins create, list and revoke them; the API's
 * security filter turns a presented token into an {@link ApiPrincipal}. A token is 32 random
 * bytes (Base64url) after a fixed {@value #PREFIX}; only its SHA-256 hash is stored.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokenService {

    /** Every token starts with this, so that a token found in a file or a log is recognised. */
    public static final String PREFIX = "pkapi_";

    /** How many characters of a token are kept and shown: the fixed part and eight random ones. */
    static final int VISIBLE = PREFIX.length() + 8;

    public static final int MAX_NAME = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final TenantAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, TenantAccess access, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The organisation's tokens, newest first, revoked ones included. */
    public List<ApiToken> list() {
        return tokens.findByOrganisationIdOrderByCreatedAtDescIdDesc(access.organisation(Permission.MANAGE_API_TOKENS));
    }

    /** Makes a token for the organisation; the secret is in the result and nowhere else. */
    @Transactional
    public CreatedToken create(String name, Set<ApiScope> scopes) {
        Actor actor = access.require(Permission.MANAGE_API_TOKENS);
        long organisation = access.organisation(Permission.MANAGE_API_TOKENS);
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new IllegalArgumentException("A token's name has 1 to " + MAX_NAME + " characters");
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("A token needs at least one scope");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = tokens.save(new ApiToken(organisation, trimmed, hash(secret), secret.substring(0, VISIBLE),
                scopes, actor.username(), clock.instant()));
        audit.record(organisation, actor.username(), AuditAction.API_TOKEN_CREATED,
                describe(token) + ", scopes " + ApiScope.join(scopes));
        return new CreatedToken(token, secret);
    }

    /** Revokes one of the organisation's tokens: the next request with it is refused. */
    @Transactional
    public void revoke(long tokenId) {
        Actor actor = access.require(Permission.MANAGE_API_TOKENS);
        long organisation = access.organisation(Permission.MANAGE_API_TOKENS);
        ApiToken token = tokens.findByIdAndOrganisationId(tokenId, organisation)
                .orElseThrow(() -> new NotFoundException("API token"));
        if (token.revoked()) {
            return;
        }
        token.revoke(actor.username(), clock.instant());
        audit.record(organisation, actor.username(), AuditAction.API_TOKEN_REVOKED, describe(token));
    }

    /**
     * The client a presented token stands for, if it is one of ours and not revoked; notes the
     * use. Called by the API's security filter before anyone is signed in.
     */
    @Transactional
    public Optional<ApiPrincipal> authenticate(String presented) {
        if (!presented.startsWith(PREFIX) || presented.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findByTokenHash(hash(presented)).filter(token -> !token.revoked());
        found.ifPresent(token -> token.used(clock.instant()));
        return found.map(token -> new ApiPrincipal(token.id(), token.organisationId(), token.name(), token.prefix(),
                token.scopes()));
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static String describe(ApiToken token) {
        return "API token \u201c" + token.name() + "\u201d (" + token.prefix() + "\u2026)";
    }
}
