package se.platskompassen.response;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One theme of one response: a score or a skip, and two optional comments. */
@Entity
@Table(name = "answer")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "response_id", nullable = false, updatable = false)
    private UUID responseId;

    @Column(name = "dialogue_id", nullable = false, updatable = false)
    private long dialogueId;

    @Column(name = "theme_code", nullable = false, length = 32, updatable = false)
    private String themeCode;

    private @Nullable Short score;

    @Column(nullable = false)
    private boolean skipped;

    @Column(name = "works_well", length = 1000)
    private @Nullable String worksWell;

    @Column(name = "could_be_better", length = 1000)
    private @Nullable String couldBeBetter;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected Answer() {
        this.responseId = new UUID(0, 0);
        this.themeCode = "";
        this.savedAt = Instant.EPOCH;
    }

    public UUID responseId() {
        return responseId;
    }

    public long dialogueId() {
        return dialogueId;
    }

    public String themeCode() {
        return themeCode;
    }

    public @Nullable Integer score() {
        return score == null ? null : score.intValue();
    }

    public boolean skipped() {
        return skipped;
    }

    public @Nullable String worksWell() {
        return worksWell;
    }

    public @Nullable String couldBeBetter() {
        return couldBeBetter;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
