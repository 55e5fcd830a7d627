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

/** A municipality or region: the tenant that owns places, dialogues and responses. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private OrganisationKind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "comment_retention_days")
    private @Nullable Integer commentRetentionDays;

    @Column(name = "min_group_size", nullable = false)
    private int minGroupSize = DEFAULT_MIN_GROUP_SIZE;

    /** A new organisation hides figures of groups with fewer respondents than this. */
    public static final int DEFAULT_MIN_GROUP_SIZE = 5;

    protected Organisation() {
        this.name = "";
        this.kind = OrganisationKind.MUNICIPALITY;
        this.createdAt = Instant.EPOCH;
    }

    Organisation(String name, OrganisationKind kind, Instant createdAt) {
        this.name = name;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Organisation is not saved yet");
        }
        return id;
    }

    public String name() {
        return name;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Days that free-text comments are kept; null keeps them. */
    public @Nullable Integer commentRetentionDays() {
        return commentRetentionDays;
    }

    void setCommentRetentionDays(@Nullable Integer days) {
        this.commentRetentionDays = days;
    }

    /** Figures of a group with fewer respondents than this are hidden (docs/decisions/0013). */
    public int minGroupSize() {
        return minGroupSize;
    }

    void setMinGroupSize(int minGroupSize) {
        this.minGroupSize = minGroupSize;
    }
}
