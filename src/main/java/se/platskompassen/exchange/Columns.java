package se.platskompassen.exchange;

import java.util.ArrayList;
import java.util.List;
import se.platskompassen.questionnaire.Theme;

/**
 * The column names of the exports, the contract with spreadsheets, statistics tools and the
 * import (documented in the README). Names are stable codes, the same in every language.
 */
final class Columns {

    static final String RESPONSE_ID = "response_id";
    static final String DIALOGUE_ID = "dialogue_id";
    static final String DIALOGUE_TITLE = "dialogue_title";
    static final String PLACE = "place";
    static final String VERSION = "version";
    static final String QUESTIONNAIRE_REVISION = "questionnaire_revision";
    static final String QUESTIONNAIRE_HASH = "questionnaire_hash";
    static final String LANGUAGE = "language";
    static final String COLLECTION_MODE = "collection_mode";
    static final String FORM_NUMBER = "form_number";
    static final String STARTED_AT = "started_at";
    static final String COMPLETED_AT = "completed_at";
    static final String AGE_BAND = "age_band";
    static final String GENDER = "gender";
    static final String RELATION = "relation";
    static final String AREA = "area";
    static final String THEME = "theme";
    static final String THEME_NUMBER = "theme_number";
    static final String SCORE = "score";
    static final String SKIPPED = "skipped";
    static final String WORKS_WELL = "works_well";
    static final String COULD_BE_BETTER = "could_be_better";
    static final String KIND = "kind";
    static final String TEXT = "text";
    /** Whether a row's figures are weighted to the place's population (decision 0037). */
    static final String WEIGHTED = "weighted";

    static final String WORKS_WELL_SUFFIX = "_" + WORKS_WELL;
    static final String COULD_BE_BETTER_SUFFIX = "_" + COULD_BE_BETTER;

    /** The response columns that open a wide row, in order. */
    static final List<String> WIDE_FIXED = List.of(RESPONSE_ID, DIALOGUE_ID, DIALOGUE_TITLE, PLACE, VERSION,
            QUESTIONNAIRE_REVISION, QUESTIONNAIRE_HASH, LANGUAGE, COLLECTION_MODE, FORM_NUMBER, STARTED_AT, COMPLETED_AT,
            AGE_BAND, GENDER, RELATION, AREA);

    /** The columns of a long row (one per answer), in order. */
    static final List<String> LONG = List.of(RESPONSE_ID, DIALOGUE_ID, VERSION, LANGUAGE, COLLECTION_MODE,
            STARTED_AT, COMPLETED_AT, AGE_BAND, GENDER, RELATION, THEME, THEME_NUMBER, SCORE, SKIPPED, WORKS_WELL,
            COULD_BE_BETTER, ClimateColumns.SCORE, ClimateColumns.SKIPPED);

    /** The columns of the comments sheet: one row per comment. */
    static final List<String> COMMENTS = List.of(RESPONSE_ID, DIALOGUE_ID, THEME, THEME_NUMBER, KIND, TEXT);

    private Columns() {
    }

    /**
     * Fixed columns, the fourteen theme scores (named by theme code), two comments per theme, then
     * the fourteen climate scores (decision 0038).
     */
    static List<String> wide() {
        List<String> columns = new ArrayList<>(WIDE_FIXED);
        for (Theme theme : Theme.values()) {
            columns.add(theme.code());
        }
        for (Theme theme : Theme.values()) {
            columns.add(worksWell(theme));
            columns.add(couldBeBetter(theme));
        }
        columns.addAll(ClimateColumns.wide());
        return List.copyOf(columns);
    }

    static String worksWell(Theme theme) {
        return theme.code() + WORKS_WELL_SUFFIX;
    }

    static String couldBeBetter(Theme theme) {
        return theme.code() + COULD_BE_BETTER_SUFFIX;
    }
}
