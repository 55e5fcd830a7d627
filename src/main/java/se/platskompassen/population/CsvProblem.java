package se.platskompassen.population;

import java.util.List;

/**
 * One thing wrong in an imported population file: the line (1 is the header), a bundle key under
 * {@code population.csv.problem.} and its arguments, so the report is in the reader's language.
 */
public record CsvProblem(int line, String key, List<Object> arguments) {

    public CsvProblem {
        arguments = List.copyOf(arguments);
    }

    static CsvProblem of(int line, String key, Object... arguments) {
        return new CsvProblem(line, key, List.of(arguments));
    }
}
