package se.platskompassen.paper;

import java.util.EnumMap;
import java.util.Map;
import se.platskompassen.questionnaire.Theme;

/**
 * One paper form as the typist typed it, cell by cell and exactly as typed: nothing is read or
 * dropped here, so that a row with a mistake can be shown again as it was.
 *
 * @param formNumber the number written in the form's number box
 * @param age the age code (not asked in the child version)
 * @param gender the gender code
 * @param relation the code of the relation to the place
 * @param area the area code (only when the dialogue offers areas)
 * @param scores a score cell per theme; a theme left out is empty
 * @param worksWell what works well, per theme
 * @param couldBeBetter what could be better, per theme
 * @param climate the Climate Lens' score cell per theme (only in a dialogue with the lens)
 */
public record TypedForm(String formNumber, String age, String gender, String relation, String area,
        Map<Theme, String> scores, Map<Theme, String> worksWell, Map<Theme, String> couldBeBetter,
        Map<Theme, String> climate) {

    public TypedForm {
        scores = copy(scores);
        worksWell = copy(worksWell);
        couldBeBetter = copy(couldBeBetter);
        climate = copy(climate);
    }

    /** A form without climate scores. */
    public TypedForm(String formNumber, String age, String gender, String relation, String area,
            Map<Theme, String> scores, Map<Theme, String> worksWell, Map<Theme, String> couldBeBetter) {
        this(formNumber, age, gender, relation, area, scores, worksWell, couldBeBetter, Map.of());
    }

    private static Map<Theme, String> copy(Map<Theme, String> cells) {
        Map<Theme, String> copy = new EnumMap<>(Theme.class);
        copy.putAll(cells);
        return Map.copyOf(copy);
    }

    public String score(Theme theme) {
        return scores.getOrDefault(theme, "");
    }

    public String worksWell(Theme theme) {
        return worksWell.getOrDefault(theme, "");
    }

    public String couldBeBetter(Theme theme) {
        return couldBeBetter.getOrDefault(theme, "");
    }

    public String climate(Theme theme) {
        return climate.getOrDefault(theme, "");
    }
}
