package se.platskompassen.population;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.Gender;

/**
 * How many respondents gave each pair of background answers (either may be unanswered): counts
 * from the database, never single responses.
 */
public final class Respondents {

    /** One pair of background answers; null is "not answered". */
    public record Key(@Nullable AgeBand ageBand, @Nullable Gender gender) {
    }

    private final Map<Key, Long> counts;

    public Respondents(Map<Key, Long> counts) {
        this.counts = Map.copyOf(counts);
    }

    public static Respondents of(Map<PopulationCell, Long> cells) {
        Map<Key, Long> counts = new HashMap<>();
        cells.forEach((cell, count) -> counts.put(new Key(cell.ageBand(), cell.gender()), count));
        return new Respondents(counts);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long of(Key key) {
        return counts.getOrDefault(key, 0L);
    }

    /** The pairs of answers someone gave. */
    public Set<Key> keys() {
        return counts.keySet();
    }

    public long in(PopulationCell cell) {
        return counts.getOrDefault(new Key(cell.ageBand(), cell.gender()), 0L);
    }

    public long withBand(AgeBand band) {
        return counts.entrySet().stream().filter(entry -> entry.getKey().ageBand() == band)
                .mapToLong(Map.Entry::getValue).sum();
    }

    public long withGender(Gender gender) {
        return counts.entrySet().stream().filter(entry -> entry.getKey().gender() == gender)
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** Respondents in no population cell: age or gender not answered, or a gender statistics do not count. */
    public long outsideCells() {
        return total() - PopulationCell.ALL.stream().mapToLong(this::in).sum();
    }
}
