package se.platskompassen.paper;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.response.Gender;
import se.platskompassen.response.Relation;
import se.platskompassen.response.RecordedResponse;

/**
 * The short codes that the paper form prints beside its boxes and that the fast entry reads:
 * a score is its own digit, a choice of a background question is its position (1, 2, 3 …) in
 * the order the form prints it, and an empty cell, {@code -} or {@code 0} is a skipped theme or
 * "prefer not to say".
 *
 * <p>The background questions are the same as on screen: the child version has no age question,
 * the youth version asks for the three age bands around its age, the adult version for the bands
 * from 13 up.
 */
public final class PaperCodes {

    /** What a typist types for a skipped theme or an unanswered question (an empty cell and 0 mean the same). */
    public static final String SKIP = "-";

    /** At most this many characters in a form number. */
    public static final int MAX_FORM_NUMBER = RecordedResponse.MAX_FORM_NUMBER;

    private PaperCodes() {
    }


    public static List<Gender> genders() {
        return List.of(Gender.values());
    }

    public static List<Relation> relations() {
        return List.of(Relation.values());
    }

    /** The code printed beside the choice at this position (from 0). */
    public static String code(int position) {
        return String.valueOf(position + 1);
    }

    /** Whether a typed cell means "skipped" or "prefer not to say": empty, {@code -} or {@code 0}. */
    public static boolean isSkip(@Nullable String typed) {
        String cell = typed == null ? "" : typed.strip();
        return cell.isEmpty() || cell.equals(SKIP) || cell.equals("0") || cell.equals("\u2013");
    }

    /** A typed score: a whole number on the scale, or a skip. */
    public static Read<Integer> score(Scale scale, @Nullable String typed) {
        if (isSkip(typed)) {
            return Read.skipped();
        }
        Integer number = number(typed);
        if (number == null || !scale.contains(number)) {
            return Read.problem(new Problem("paper.entry.invalid.score", scale.min(), scale.max()));
        }
        return Read.of(number);
    }

    /** A typed choice code: the position of a choice (from 1), or a skip. */
    public static <T> Read<T> choice(List<T> choices, @Nullable String typed) {
        if (isSkip(typed)) {
            return Read.skipped();
        }
        Integer number = number(typed);
        if (number == null || number < 1 || number > choices.size()) {
            return Read.problem(new Problem("paper.entry.invalid.choice", choices.size()));
        }
        return Read.of(choices.get(number - 1));
    }

    /** A typed form number: required, short, without line breaks; returned stripped. */
    public static Read<String> formNumber(@Nullable String typed) {
        String cell = typed == null ? "" : typed.strip();
        if (cell.isEmpty()) {
            return Read.problem(new Problem("paper.entry.invalid.formNumber.missing"));
        }
        if (cell.length() > MAX_FORM_NUMBER || cell.chars().anyMatch(Character::isISOControl)) {
            return Read.problem(new Problem("paper.entry.invalid.formNumber.tooLong", MAX_FORM_NUMBER));
        }
        return Read.of(cell);
    }

    private static @Nullable Integer number(@Nullable String typed) {
        String cell = typed == null ? "" : typed.strip();
        if (cell.isEmpty() || cell.length() > 2 || !cell.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Integer.parseInt(cell);
    }

    /**
     * What a cell says: a value, nothing (skipped), or a problem to show the typist.
     *
     * @param value the value, or null when skipped or wrong
     * @param problem what is wrong, or null when the cell is fine
     */
    public record Read<T>(@Nullable T value, @Nullable Problem problem) {

        static <T> Read<T> of(T value) {
            return new Read<>(value, null);
        }

        static <T> Read<T> skipped() {
            return new Read<>(null, null);
        }

        static <T> Read<T> problem(Problem problem) {
            return new Read<>(null, problem);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    /** A problem with a typed cell, as a message key of the bundle and its parameters. */
    public record Problem(String key, Object... args) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Problem problem && key.equals(problem.key)
                    && Arrays.equals(args, problem.args);
        }

        @Override
        public int hashCode() {
            return key.hashCode() * 31 + Arrays.hashCode(args);
        }

        @Override
        public String toString() {
            return key + Arrays.toString(args);
        }
    }
}
