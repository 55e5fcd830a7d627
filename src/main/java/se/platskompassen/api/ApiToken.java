package se.platskompassen.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's API token as stored: its name, scopes and history, and a SHA-256 hash of the
 * token. The token itself is never stored; only its first characters ({@link #prefix()}) are kept
 * so that people can tell their tokens apart.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(nullable = false, length = 100, updatable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(nullable = false, length = 16, updatable = false)
    private String prefix;

    @Column(nullable = false, length = 100, updatable = false)
    private String scopes;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private @Nullable String revokedBy;

    protected ApiToken() {
        this.name = "";
        this.tokenHash = "";
        this.prefix = "";
        this.scopes = "";
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    ApiToken(long organisationId, String name, String tokenHash, String prefix, Set<ApiScope> scopes,
            String createdBy, Instant createdAt) {
        this.organisationId = organisationId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.scopes = ApiScope.join(scopes);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Not saved yet");
        }
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    public Set<ApiScope> scopes() {
        return ApiScope.split(scopes);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant lastUsedAt() {
        return lastUsedAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }

    public @Nullable String revokedBy() {
        return revokedBy;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** Notes a use, at most once a minute (a BI refresh makes many requests in a row). */
    void used(Instant now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60))) {
            lastUsedAt = now;
        }
    }

    void revoke(String by, Instant at) {
        this.revokedBy = by;
        this.revokedAt = at;
    }
}
