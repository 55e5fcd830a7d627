package se.platskompassen.exchange;

import java.util.List;

/**
 * What a check of an import file found. {@code rows} responses were read; {@code newResponses}
 * would be added and {@code alreadyThere} are in the dialogue already (an import adds them no
 * second time). {@code problems} lists the first {@value #MAX_LISTED} problems of
 * {@code problemCount}; nothing is saved while there is any.
 */
public record ImportReport(int rows, int newResponses, int alreadyThere, List<ImportProblem> problems,
        int problemCount) {

    public static final int MAX_LISTED = 1000;

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean acceptable() {
        return problemCount == 0;
    }
}
