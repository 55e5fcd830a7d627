package se.platskompassen.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Version;

/** A workshop or survey at one place, answered in one questionnaire version. */
@Entity
@Table(name = "dialogue")
public class Dialogue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "place_id", nullable = false, updatable = false)
    private long placeId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private @Nullable String intro;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private Version version;

    @Column(nullable = false, length = 32)
    private String languages;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private DialogueKind kind;

    @Column(name = "opens_at")
    private @Nullable Instant opensAt;

    @Column(name = "closes_at")
    private @Nullable Instant closesAt;

    @Column(name = "join_code", nullable = false, length = 20)
    private String joinCode;

    @Column(name = "join_key", nullable = false, length = 16)
    private String joinKey;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private DialogueStatus status;

    @Column(name = "area_choices", length = DialogueSettings.STORED_AREA_CHOICES)
    private @Nullable String areaChoices;

    @Column(name = "climate_lens", nullable = false)
    private boolean climateLens;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "first_opened_at")
    private @Nullable Instant firstOpenedAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    protected Dialogue() {
        this.title = "";
        this.version = Version.VUXEN;
        this.languages = "";
        this.kind = DialogueKind.INDIVIDUAL;
        this.joinCode = "";
        this.joinKey = "";
        this.status = DialogueStatus.DRAFT;
        this.createdAt = Instant.EPOCH;
    }

    Dialogue(long organisationId, long placeId, DialogueSettings settings, String joinCode, Instant createdAt) {
        this();
        this.organisationId = organisationId;
        this.placeId = placeId;
        this.joinCode = joinCode;
        this.joinKey = JoinCode.key(joinCode);
        this.createdAt = createdAt;
        apply(settings);
    }

    final void apply(DialogueSettings settings) {
        this.title = settings.title();
        this.intro = settings.intro();
        this.version = settings.version();
        this.languages = settings.languages().stream().map(Language::code).sorted().collect(Collectors.joining(","));
        this.kind = settings.kind();
        this.opensAt = settings.opensAt();
        this.closesAt = settings.closesAt();
        this.areaChoices = settings.areaChoices().isEmpty() ? null : String.join("\n", settings.areaChoices());
        this.climateLens = settings.climateLens();
    }

    /** Opens the dialogue for answers; a closing time already passed is dropped, or it would stay closed. */
    void open(Instant now) {
        this.status = DialogueStatus.OPEN;
        this.closedAt = null;
        if (firstOpenedAt == null) {
            firstOpenedAt = now;
        }
        if (closesAt != null && !now.isBefore(closesAt)) {
            closesAt = null;
        }
    }

    /** Closes the dialogue; closing it again keeps the first moment, from which the grace period runs. */
    void close(Instant now) {
        if (status != DialogueStatus.CLOSED) {
            closedAt = now;
        }
        this.status = DialogueStatus.CLOSED;
    }

    /** Whether the dialogue has ever been open, and so may have answers in its version. */
    public boolean everOpened() {
        return firstOpenedAt != null;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Dialogue is not saved yet");
        }
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    public long placeId() {
        return placeId;
    }

    public String title() {
        return title;
    }

    public @Nullable String intro() {
        return intro;
    }

    public Version version() {
        return version;
    }

    /** Offered languages, Swedish first. */
    public Set<Language> languages() {
        Set<Language> offered = EnumSet.noneOf(Language.class);
        Arrays.stream(languages.split(",")).forEach(code -> Language.fromCode(code).ifPresent(offered::add));
        return offered.isEmpty() ? EnumSet.of(Language.SV) : offered;
    }

    public DialogueKind kind() {
        return kind;
    }

    public @Nullable Instant opensAt() {
        return opensAt;
    }

    public @Nullable Instant closesAt() {
        return closesAt;
    }

    public String joinCode() {
        return joinCode;
    }

    public DialogueStatus status() {
        return status;
    }

    public List<String> areaChoices() {
        return areaChoices == null ? List.of() : List.of(areaChoices.split("\n"));
    }

    public Instant createdAt() {
        return createdAt;
    }

    public DialogueSettings settings() {
        return new DialogueSettings(title, intro, version, languages(), kind, opensAt, closesAt, areaChoices(),
                climateLens);
    }

    /** Whether residents get the Climate Lens' optional question on every theme (decision 0038). */
    public boolean climateLens() {
        return climateLens;
    }

    /**
     * The moment the dialogue stopped taking new responses, when it has: closed by staff or its
     * closing time passed, whichever came first. Null while it is open, and for a dialogue closed
     * before that moment was recorded.
     */
    public @Nullable Instant closedSince(Instant now) {
        Instant scheduled = closesAt != null && !now.isBefore(closesAt) ? closesAt : null;
        Instant closedByStaff = status == DialogueStatus.CLOSED ? closedAt : null;
        if (scheduled == null || closedByStaff == null) {
            return scheduled != null ? scheduled : closedByStaff;
        }
        return scheduled.isBefore(closedByStaff) ? scheduled : closedByStaff;
    }

    /**
     * Whether a resident's response started at {@code startedAt} may still be saved at
     * {@code now}: always while the dialogue is open, and after it closed only for a response
     * started before the close, until {@code grace} has passed, so that a person in the middle of
     * answering is not cut off by the facilitator's click.
     */
    public boolean takesSavesOf(Instant startedAt, Instant now, Duration grace) {
        return switch (availability(now)) {
            case OPEN -> true;
            case NOT_YET_OPEN -> false;
            case CLOSED -> {
                Instant closed = closedSince(now);
                yield closed != null && !startedAt.isAfter(closed) && now.isBefore(closed.plus(grace));
            }
        };
    }

    /** Whether residents can answer at the given moment. */
    public Availability availability(Instant now) {
        return switch (status) {
            case DRAFT -> Availability.NOT_YET_OPEN;
            case CLOSED -> Availability.CLOSED;
            case OPEN -> {
                if (opensAt != null && now.isBefore(opensAt)) {
                    yield Availability.NOT_YET_OPEN;
                }
                if (closesAt != null && !now.isBefore(closesAt)) {
                    yield Availability.CLOSED;
                }
                yield Availability.OPEN;
            }
        };
    }
}
