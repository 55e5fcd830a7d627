package se.platskompassen.exchange;

import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong in an import file: where (the row as a spreadsheet numbers it, the header being
 * row 1; the column's name, empty for the whole row) and what, as a message key of the
 * {@code exchange.import.problem.*} texts with its arguments, so that each person reads it in
 * their own language.
 */
public record ImportProblem(int row, String column, String messageKey, List<String> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem of(int row, String column, String key, Object... arguments) {
        return new ImportProblem(row, column, "exchange.import.problem." + key,
                Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
