package se.platskompassen.live;

import org.jspecify.annotations.Nullable;
import se.platskompassen.figures.ScoreCounts;

/**
 * What a resident who has just submitted may see of their group (decision 0039): the projector's
 * released picture, with the projector's rule for themes ({@code scores}, present only when
 * {@link Showing#GROUP}); or why not: the facilitator holds the picture back, or the group is
 * smaller than the organisation's minimum ({@code minimum}).
 */
public record GroupPicture(Showing showing, @Nullable ScoreCounts scores, int minimum) {

    public enum Showing { GROUP, HELD, TOO_FEW }

    static GroupPicture group(ScoreCounts scores, int minimum) {
        return new GroupPicture(Showing.GROUP, scores, minimum);
    }

    static GroupPicture without(Showing why, int minimum) {
        return new GroupPicture(why, null, minimum);
    }
}
