package se.platskompassen.audit;

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

/** One line of the audit log: who did what, when, in which organisation. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int MAX_DETAILS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "organisation_id", updatable = false)
    private @Nullable Long organisationId;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 32, updatable = false)
    private AuditAction action;

    @Column(length = MAX_DETAILS, updatable = false)
    private @Nullable String details;

    protected AuditEvent() {
        this.occurredAt = Instant.EPOCH;
        this.actor = "";
        this.action = AuditAction.LOGIN;
    }

    AuditEvent(Instant occurredAt, @Nullable Long organisationId, String actor, AuditAction action,
            @Nullable String details) {
        this.occurredAt = occurredAt;
        this.organisationId = organisationId;
        this.actor = actor.length() > 100 ? actor.substring(0, 100) : actor;
        this.action = action;
        this.details = details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public @Nullable Long organisationId() {
        return organisationId;
    }

    public String actor() {
        return actor;
    }

    public AuditAction action() {
        return action;
    }

    public @Nullable String details() {
        return details;
    }
}
