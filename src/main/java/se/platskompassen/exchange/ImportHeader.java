package se.platskompassen.exchange;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Theme;

/**
 * The header row of an import file: what each column holds. Column names are taken in any case
 * and order; an unknown, unnamed or repeated column and a file without any theme column are
 * problems of row 1.
 */
final class ImportHeader {

    /** What a column of the file holds. */
    sealed interface Field {
    }

    record Fixed(String name) implements Field {
    }

    record Score(Theme theme) implements Field {
    }

    record WorksWell(Theme theme) implements Field {
    }

    record CouldBeBetter(Theme theme) implements Field {
    }

    /** A climate score column of the wide export: known, but not imported (decision 0038). */
    record Climate(Theme theme) implements Field {
    }

    private ImportHeader() {
    }

    /** Each column's field, in the file's order; null for a column that is a problem (added to {@code problems}). */
    static @Nullable Field[] read(List<String> names, List<ImportProblem> problems) {
        Map<String, Field> known = new LinkedHashMap<>();
        for (String name : Columns.WIDE_FIXED) {
            known.put(name, new Fixed(name));
        }
        for (Theme theme : Theme.values()) {
            known.put(theme.code().toLowerCase(Locale.ROOT), new Score(theme));
            known.put(Columns.worksWell(theme).toLowerCase(Locale.ROOT), new WorksWell(theme));
            known.put(Columns.couldBeBetter(theme).toLowerCase(Locale.ROOT), new CouldBeBetter(theme));
            known.put(ClimateColumns.wide(theme).toLowerCase(Locale.ROOT), new Climate(theme));
        }
        @Nullable Field[] fields = new Field[names.size()];
        Map<Field, Integer> used = new HashMap<>();
        boolean anyScore = false;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            Field field = known.get(name.toLowerCase(Locale.ROOT));
            if (field == null) {
                problems.add(ImportProblem.of(1, name, name.isEmpty() ? "unnamedColumn" : "unknownColumn",
                        i + 1));
                continue;
            }
            if (used.putIfAbsent(field, i) != null) {
                problems.add(ImportProblem.of(1, name, "duplicateColumn"));
                continue;
            }
            anyScore |= field instanceof Score;
            fields[i] = field;
        }
        if (!anyScore) {
            problems.add(ImportProblem.of(1, "", "noThemeColumns"));
        }
        return fields;
    }
}
