package se.platskompassen.population;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.Gender;

/**
 * The resident population of a place by age band and gender, as staff typed it in or imported
 * it: the figures' year and where they come from, so that a reader can judge how current they are.
 *
 * @param people residents per cell; a cell not in the map has none
 */
public record PlacePopulation(int year, @Nullable String source, Map<PopulationCell, Long> people) {

    public static final int MAX_SOURCE = 300;
    public static final long MAX_PEOPLE = 20_000_000;

    public PlacePopulation {
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("The figures' year is out of range: " + year);
        }
        source = source == null || source.isBlank() ? null : source.strip();
        if (source != null && source.length() > MAX_SOURCE) {
            throw new IllegalArgumentException("The source note is longer than " + MAX_SOURCE + " characters");
        }
        Map<PopulationCell, Long> kept = new LinkedHashMap<>();
        for (PopulationCell cell : PopulationCell.ALL) {
            long count = people.getOrDefault(cell, 0L);
            if (count < 0 || count > MAX_PEOPLE) {
                throw new IllegalArgumentException("A population count is out of range: " + count);
            }
            kept.put(cell, count);
        }
        people = Map.copyOf(kept);
    }

    public long people(PopulationCell cell) {
        return people.getOrDefault(cell, 0L);
    }

    public long people(AgeBand band) {
        return PopulationCell.GENDERS.stream().mapToLong(gender -> people(new PopulationCell(band, gender))).sum();
    }

    public long people(Gender gender) {
        if (!PopulationCell.GENDERS.contains(gender)) {
            return 0;
        }
        long sum = 0;
        for (AgeBand band : AgeBand.values()) {
            sum += people(new PopulationCell(band, gender));
        }
        return sum;
    }

    public long total() {
        return people.values().stream().mapToLong(Long::longValue).sum();
    }
}
