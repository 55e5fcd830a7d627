package se.platskompassen.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A staff account: a municipality's or region's admin, facilitator or analyst, or a network admin. */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "organisation_id", updatable = false)
    private @Nullable Long organisationId;

    @Column(nullable = false, length = 100, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 24)
    private Role role;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StaffMember() {
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
        this.role = Role.ANALYST;
        this.createdAt = Instant.EPOCH;
    }

    StaffMember(@Nullable Long organisationId, String username, String displayName, String passwordHash, Role role,
            boolean passwordChangeRequired, Instant createdAt) {
        this.organisationId = organisationId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.passwordChangeRequired = passwordChangeRequired;
        this.createdAt = createdAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Staff member is not saved yet");
        }
        return id;
    }

    public @Nullable Long organisationId() {
        return organisationId;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public boolean active() {
        return active;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public @Nullable Instant lastLoginAt() {
        return lastLoginAt;
    }

    public @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    String passwordHash() {
        return passwordHash;
    }

    void setRole(Role role) {
        this.role = role;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void setPassword(String passwordHash, boolean changeRequired) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = changeRequired;
    }

    void loginFailed(int failures, @Nullable Instant lockedUntil) {
        this.failedLogins = failures;
        this.lockedUntil = lockedUntil;
    }

    void loggedIn(Instant at) {
        this.failedLogins = 0;
        this.lockedUntil = null;
        this.lastLoginAt = at;
    }

    public Actor asActor() {
        return new Actor(id(), username, role, organisationId);
    }
}
