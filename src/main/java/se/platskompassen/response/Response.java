package se.platskompassen.response;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One person's (or one group's) answers to a dialogue. The id is chosen where the respondent
 * starts, so that saving the same response again never makes a second one.
 */
@Entity
@Table(name = "response")
public class Response {

    @Id
    private UUID id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "dialogue_id", nullable = false, updatable = false)
    private long dialogueId;

    @Column(name = "questionnaire_version", nullable = false, length = 64, updatable = false)
    private String questionnaireVersion;

    @Column(name = "questionnaire_hash", nullable = false, length = 64, updatable = false)
    private String questionnaireHash;

    @Column(nullable = false, length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "collection_mode", nullable = false, length = 16, updatable = false)
    private CollectionMode collectionMode;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "last_saved_at", nullable = false)
    private Instant lastSavedAt;

    @Column(name = "completed_at")
    private @Nullable Instant completedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "age_band", length = 16)
    private @Nullable AgeBand ageBand;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 16)
    private @Nullable Gender gender;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 16)
    private @Nullable Relation relation;

    @Column(length = 200)
    private @Nullable String area;

    protected Response() {
        this.id = new UUID(0, 0);
        this.questionnaireVersion = "";
        this.questionnaireHash = "";
        this.language = "";
        this.collectionMode = CollectionMode.OWN_DEVICE;
        this.startedAt = Instant.EPOCH;
        this.lastSavedAt = Instant.EPOCH;
    }

    public UUID id() {
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    public long dialogueId() {
        return dialogueId;
    }

    public String questionnaireVersion() {
        return questionnaireVersion;
    }

    public String questionnaireHash() {
        return questionnaireHash;
    }

    public String language() {
        return language;
    }

    public CollectionMode collectionMode() {
        return collectionMode;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant lastSavedAt() {
        return lastSavedAt;
    }

    public @Nullable Instant completedAt() {
        return completedAt;
    }

    public boolean completed() {
        return completedAt != null;
    }

    public Background background() {
        return new Background(ageBand, gender, relation, area);
    }
}
