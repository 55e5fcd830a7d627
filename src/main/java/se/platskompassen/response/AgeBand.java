package se.platskompassen.response;

import java.util.List;
import se.platskompassen.questionnaire.Version;

/** Anonymous age bands, wide enough that a band never points to a person. */
public enum AgeBand {
    UNDER_13,
    AGE_13_17,
    AGE_18_29,
    AGE_30_49,
    AGE_50_64,
    AGE_65_79,
    AGE_80_PLUS;

    /**
     * The bands a questionnaire version asks about, in the order the screen and the paper form
     * show them: none in the children's version, the three around their age in the youth version,
     * every band from 13 up in the adult version. Population figures are compared band by band
     * over the same list.
     */
    public static List<AgeBand> askedIn(Version version) {
        return switch (version) {
            case BARN -> List.of();
            case UNGDOM -> List.of(UNDER_13, AGE_13_17, AGE_18_29);
            case VUXEN -> List.of(AGE_13_17, AGE_18_29, AGE_30_49, AGE_50_64, AGE_65_79, AGE_80_PLUS);
        };
    }
}
