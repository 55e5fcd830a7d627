package se.platskompassen.comments;

import java.util.Map;
import java.util.OptionalLong;

/**
 * How many comments of a selection carry each tag. A selection whose comments come from fewer
 * people than the organisation's minimum group size gets no counts at all: {@link #hidden()} is
 * true and {@link #of(long)} is empty for every tag.
 *
 * @param comments    the comments in the selection (every one of them is listed anyway)
 * @param minGroupSize the organisation's minimum number of respondents for a figure
 */
public record TagCounts(long comments, boolean hidden, int minGroupSize, Map<Long, Long> byTag) {

    public TagCounts {
        byTag = hidden ? Map.of() : Map.copyOf(byTag);
    }

    /** The number of the selection's comments that carry the tag; empty when the counts are hidden. */
    public OptionalLong of(long tagId) {
        return hidden ? OptionalLong.empty() : OptionalLong.of(byTag.getOrDefault(tagId, 0L));
    }
}
