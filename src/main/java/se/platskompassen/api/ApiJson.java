package se.platskompassen.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the API sends: stable English field names, times as ISO-8601 instants (UTC), codes as in
 * the exports (theme codes, version ids, collection modes). Hidden figures are null, with the
 * reason beside them. Changing a name here breaks the organisations' reports.
 */
public final class ApiJson {

    private ApiJson() {
    }

    public record Place(long id, String name, @Nullable String description, @Nullable String area,
            @Nullable Double latitude, @Nullable Double longitude, boolean archived, Instant createdAt) {
    }

    public record Dialogue(long id, long placeId, String title, String version, ScaleRange scale,
            List<String> languages, String kind, String status, @Nullable Instant opensAt,
            @Nullable Instant closesAt, Instant createdAt) {
    }

    public record ScaleRange(int min, int max) {
    }

    /** One response: the content of a row of the wide CSV export. */
    public record Response(String id, long dialogueId, String questionnaireVersion, String questionnaireHash,
            String language, String collectionMode, @Nullable String formNumber, Instant startedAt, @Nullable Instant completedAt,
            Background background, List<Answer> answers) {
    }

    public record Background(@Nullable String ageBand, @Nullable String gender, @Nullable String relation,
            @Nullable String area) {
    }

    /**
     * A theme the respondent reached: a score, or a skip ({@code score} null, {@code skipped} true).
     * With the Climate Lens, the climate question's score and skip; both null where it was not shown
     * or the dialogue has no lens (decision 0038).
     */
    public record Answer(String theme, @Nullable Integer score, boolean skipped, @Nullable String worksWell,
            @Nullable String couldBeBetter, @Nullable Integer climateScore, @Nullable Boolean climateSkipped) {
    }

    /**
     * A dialogue's figures after the organisation's small-group rule. {@code respondents} is null
     * when hidden, {@code respondentsHidden} says why. {@code weighted} is always false here: these
     * are the answers as given (decision 0037); the weighted figures have their own path.
     */
    public record Figures(long dialogueId, boolean weighted, ScaleRange scale, int minGroupSize,
            @Nullable Long respondents, @Nullable String respondentsHidden, List<ThemeFigures> themes) {

        /** Unweighted figures, as every figures path but {@code /figures/weighted} gives them. */
        public Figures(long dialogueId, ScaleRange scale, int minGroupSize, @Nullable Long respondents,
                @Nullable String respondentsHidden, List<ThemeFigures> themes) {
            this(dialogueId, false, scale, minGroupSize, respondents, respondentsHidden, themes);
        }
    }

    /**
     * One theme. When {@code hidden} is set (TOO_FEW, WOULD_REVEAL), every figure is null: nothing
     * of a hidden group leaves the server.
     */
    public record ThemeFigures(String theme, @Nullable String hidden, @Nullable Long n, @Nullable Long skipped,
            @Nullable Double median, @Nullable Double lowerQuartile, @Nullable Double upperQuartile,
            @Nullable List<ScoreCount> counts) {
    }

    public record ScoreCount(int score, long count) {
    }

    /**
     * A page of a list. {@code number} and {@code totalPages} are null for lists paged by cursor
     * (responses); {@code links.next} is null on the last page.
     */
    public record Page<T>(List<T> data, PageInfo page, Links links) {
    }

    public record PageInfo(@Nullable Integer number, int size, long totalElements, @Nullable Integer totalPages) {
    }

    public record Links(String self, @Nullable String next) {
    }

    public record Error(int status, String error, String message) {
    }
}
