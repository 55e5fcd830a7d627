package se.platskompassen.paper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.platskompassen.paper.PaperCodes.Problem;
import se.platskompassen.paper.PaperCodes.Read;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.Background;
import se.platskompassen.response.CommentText;
import se.platskompassen.response.Gender;
import se.platskompassen.response.Relation;

/**
 * One paper form read and checked, ready to be saved as a response. Its {@code responseId} is
 * chosen when the typist starts the row, so that saving the same row again never makes a second
 * response.
 *
 * @param answers every theme, skipped where the form has no score
 * @param climateScores for a dialogue with the Climate Lens, every theme's climate score (null:
 *        skipped, as on screen, where a question shown and left unanswered is a skip); empty otherwise
 */
public record PaperEntry(UUID responseId, String formNumber, Language language, Background background,
        List<AnswerInput> answers, Map<Theme, @Nullable Integer> climateScores) {

    public PaperEntry {
        answers = List.copyOf(answers);
        // Not Map.copyOf: a skipped climate question is a theme with null
        climateScores = Collections.unmodifiableMap(climateScores.isEmpty() ? new EnumMap<>(Theme.class)
                : new EnumMap<>(climateScores));
    }

    /** An entry of a dialogue without the Climate Lens. */
    public PaperEntry(UUID responseId, String formNumber, Language language, Background background,
            List<AnswerInput> answers) {
        this(responseId, formNumber, language, background, answers, Map.of());
    }

    /** The score given to a theme, or null when it is skipped. */
    public @Nullable Integer score(Theme theme) {
        return answers.stream().filter(answer -> answer.theme() == theme).findFirst()
                .map(AnswerInput::score).orElse(null);
    }

    /** The cells of a typed row, to say which one has a problem. */
    public enum Field {
        FORM_NUMBER,
        AGE,
        GENDER,
        RELATION,
        AREA,
        SCORE,
        CLIMATE,
        WORKS_WELL,
        COULD_BE_BETTER
    }

    /** One cell of a row: a background field, or a theme's score or comment. */
    public record Cell(Field field, @Nullable Theme theme) {

        public static Cell of(Field field) {
            return new Cell(field, null);
        }

        public static Cell of(Field field, Theme theme) {
            return new Cell(field, theme);
        }
    }

    /**
     * What reading a typed row gave: the entry, or the problems cell by cell (in the order of the
     * row) and, for a row with no answer at all, a problem of the whole form.
     */
    public record Reading(@Nullable PaperEntry entry, Map<Cell, Problem> problems, @Nullable Problem formProblem) {

        public Reading {
            problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
        }

        public Optional<PaperEntry> valid() {
            return Optional.ofNullable(entry);
        }
    }

    /**
     * Reads a typed row for a dialogue of this version with these area choices. A wrong cell is
     * reported, never guessed at; a row without a single answer (no score, no background, no
     * comment) is not a response.
     */
    public static Reading read(UUID responseId, Language language, Version version, List<String> areaChoices,
            TypedForm typed) {
        return read(responseId, language, version, areaChoices, false, typed);
    }

    /**
     * Reads a typed row; with {@code climateLens} each theme's climate cell too, by the same rules
     * as its score (an empty cell, {@code -} or {@code 0} is a skipped climate question).
     */
    public static Reading read(UUID responseId, Language language, Version version, List<String> areaChoices,
            boolean climateLens, TypedForm typed) {
        Map<Cell, Problem> problems = new LinkedHashMap<>();
        Read<String> number = note(problems, Cell.of(Field.FORM_NUMBER), PaperCodes.formNumber(typed.formNumber()));
        AgeBand age = version == Version.BARN ? null
                : note(problems, Cell.of(Field.AGE), PaperCodes.choice(AgeBand.askedIn(version), typed.age())).value();
        Gender gender = note(problems, Cell.of(Field.GENDER), PaperCodes.choice(PaperCodes.genders(), typed.gender()))
                .value();
        Relation relation = note(problems, Cell.of(Field.RELATION),
                PaperCodes.choice(PaperCodes.relations(), typed.relation())).value();
        String area = areaChoices.isEmpty() ? null
                : note(problems, Cell.of(Field.AREA), PaperCodes.choice(areaChoices, typed.area())).value();
        List<AnswerInput> answers = new ArrayList<>();
        Map<Theme, @Nullable Integer> climateScores = new EnumMap<>(Theme.class);
        boolean anything = age != null || gender != null || relation != null || area != null;
        for (Theme theme : Theme.values()) {
            Integer score = note(problems, Cell.of(Field.SCORE, theme), PaperCodes.score(version.scale(),
                    typed.score(theme))).value();
            if (climateLens) {
                Integer climate = note(problems, Cell.of(Field.CLIMATE, theme), PaperCodes.score(version.scale(),
                        typed.climate(theme))).value();
                anything |= climate != null;
                climateScores.put(theme, climate);
            }
            String worksWell = comment(problems, Cell.of(Field.WORKS_WELL, theme), typed.worksWell(theme));
            String couldBeBetter = comment(problems, Cell.of(Field.COULD_BE_BETTER, theme), typed.couldBeBetter(theme));
            anything |= score != null || worksWell != null || couldBeBetter != null;
            answers.add(new AnswerInput(theme, score, worksWell, couldBeBetter));
        }
        Problem empty = anything || !problems.isEmpty() ? null : new Problem("paper.entry.empty");
        if (!problems.isEmpty() || empty != null) {
            return new Reading(null, problems, empty);
        }
        return new Reading(new PaperEntry(responseId, number.value(), language,
                new Background(age, gender, relation, area), answers, climateScores), problems, null);
    }

    private static <T> Read<T> note(Map<Cell, Problem> problems, Cell cell, Read<T> read) {
        if (read.problem() != null) {
            problems.put(cell, read.problem());
        }
        return read;
    }

    private static @Nullable String comment(Map<Cell, Problem> problems, Cell cell, String typed) {
        String cleaned = CommentText.clean(typed);
        if (cleaned != null && cleaned.length() > CommentText.MAX_LENGTH) {
            problems.put(cell, new Problem("paper.entry.invalid.comment", CommentText.MAX_LENGTH));
            return null;
        }
        return cleaned;
    }
}
