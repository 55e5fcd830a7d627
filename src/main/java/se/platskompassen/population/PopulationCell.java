package se.platskompassen.population;

import java.util.ArrayList;
import java.util.List;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.Gender;

/**
 * One age band × gender: the cell that population figures are kept by and that weighting works
 * in. Population statistics know women and men only, so non-binary respondents lie outside every
 * cell (they keep weight 1, decision 0037).
 */
public record PopulationCell(AgeBand ageBand, Gender gender) {

    /** The genders population statistics count. */
    public static final List<Gender> GENDERS = List.of(Gender.WOMAN, Gender.MAN);

    /** Every cell, age band by age band, women before men. */
    public static final List<PopulationCell> ALL = all();

    public PopulationCell {
        if (!GENDERS.contains(gender)) {
            throw new IllegalArgumentException("Population figures count women and men only");
        }
    }

    private static List<PopulationCell> all() {
        List<PopulationCell> cells = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            for (Gender gender : GENDERS) {
                cells.add(new PopulationCell(band, gender));
            }
        }
        return List.copyOf(cells);
    }
}
