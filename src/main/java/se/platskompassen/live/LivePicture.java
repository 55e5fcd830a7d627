package se.platskompassen.live;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.response.ResponseCounts;

/**
 * What a projector shows of a dialogue now: the counts of started and finished responses as they
 * are (they say nothing about anyone's answers), the figures as last released, when that was
 * ({@code null}: nothing released yet), and how many saved answers wait for the next release.
 * While the facilitator holds the picture back ({@code held}, decision 0039) the scores are
 * empty: the room sees how many have answered and nothing of what. {@code climate} holds the
 * Climate Lens' scores as released with each theme (decision 0038), null for a dialogue without
 * the lens (and empty while held).
 */
public record LivePicture(ResponseCounts counts, ScoreCounts scores, @Nullable Instant releasedAt, long waiting,
        boolean held, @Nullable ScoreCounts climate) {

    public LivePicture(ResponseCounts counts, ScoreCounts scores, @Nullable Instant releasedAt, long waiting,
            boolean held) {
        this(counts, scores, releasedAt, waiting, held, null);
    }
}
