package se.platskompassen.exchange;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.exchange.ImportHeader.CouldBeBetter;
import se.platskompassen.exchange.ImportHeader.Field;
import se.platskompassen.exchange.ImportHeader.Fixed;
import se.platskompassen.exchange.ImportHeader.Score;
import se.platskompassen.exchange.ImportHeader.WorksWell;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Questionnaire;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.Background;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.CommentText;
import se.platskompassen.response.Gender;
import se.platskompassen.response.RecordedResponse;
import se.platskompassen.response.Relation;

/**
 * One data row of an import file made into a whole response for the dialogue, every cell checked
 * on the way; each problem is added to the file's list with its row and column (the rules are in
 * {@link CsvImport}'s Javadoc).
 */
final class ImportRow {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The row's cells by what they hold; a column the header did not know is left out. */
    private static final class Cells {
        final Map<String, String> fixed = new HashMap<>();
        final Map<Theme, String> scores = new EnumMap<>(Theme.class);
        final Map<Theme, String> worksWell = new EnumMap<>(Theme.class);
        final Map<Theme, String> couldBeBetter = new EnumMap<>(Theme.class);
        @Nullable Theme climate;

        /** Climate scores are not imported; the first theme with one is remembered for the check. */
        void climate(Theme theme, String value) {
            if (climate == null && !value.isBlank()) {
                climate = theme;
            }
        }

        String get(String column) {
            return fixed.getOrDefault(column, "").strip();
        }
    }

    private final Dialogue dialogue;
    private final QuestionnaireCatalog catalog;
    private final Instant now;
    private final ZoneId zone;
    private final ImportIds ids;
    private final List<ImportProblem> problems;

    ImportRow(Dialogue dialogue, QuestionnaireCatalog catalog, Clock clock, List<ImportProblem> problems) {
        this.dialogue = dialogue;
        this.catalog = catalog;
        this.now = clock.instant();
        this.zone = clock.getZone();
        this.ids = new ImportIds(dialogue.id(), zone);
        this.problems = problems;
    }

    /** The row's response, or null when the row has a problem. */
    CsvImport.@Nullable Row read(int row, @Nullable Field[] fields, List<String> values) {
        Cells cells = new Cells();
        for (int i = 0; i < fields.length; i++) {
            Field field = fields[i];
            String value = values.get(i);
            switch (field) {
                case null -> {
                }
                case Fixed fixed -> cells.fixed.put(fixed.name(), value);
                case Score score -> cells.scores.put(score.theme(), value);
                case WorksWell comment -> cells.worksWell.put(comment.theme(), value);
                case CouldBeBetter comment -> cells.couldBeBetter.put(comment.theme(), value);
                case ImportHeader.Climate climate -> cells.climate(climate.theme(), value);
            }
        }
        int before = problems.size();

        UUID given = responseId(row, cells.get(Columns.RESPONSE_ID));
        checkDialogue(row, cells.get(Columns.DIALOGUE_ID));
        checkVersion(row, cells.get(Columns.VERSION));
        Questionnaire questionnaire = questionnaire(row, cells.get(Columns.QUESTIONNAIRE_REVISION),
                cells.get(Columns.QUESTIONNAIRE_HASH));
        Language language = language(row, cells.get(Columns.LANGUAGE));
        CollectionMode mode = choice(row, Columns.COLLECTION_MODE, cells.get(Columns.COLLECTION_MODE),
                CollectionMode.class, CollectionMode.PAPER);
        String startedText = cells.get(Columns.STARTED_AT);
        String completedText = cells.get(Columns.COMPLETED_AT);
        Instant started = time(row, Columns.STARTED_AT, startedText);
        Instant completed = time(row, Columns.COMPLETED_AT, completedText);
        if (startedText.isEmpty() && completedText.isEmpty()) {
            started = now;
            completed = now;
        } else if (started == null && startedText.isEmpty()) {
            started = completed;
        }
        if (started != null && completed != null && completed.isBefore(started)) {
            problems.add(ImportProblem.of(row, Columns.COMPLETED_AT, "completedBeforeStarted"));
        }
        AgeBand ageBand = choice(row, Columns.AGE_BAND, cells.get(Columns.AGE_BAND), AgeBand.class, null);
        Gender gender = choice(row, Columns.GENDER, cells.get(Columns.GENDER), Gender.class, null);
        Relation relation = choice(row, Columns.RELATION, cells.get(Columns.RELATION), Relation.class, null);
        String area = FormulaGuard.restore(cells.get(Columns.AREA));
        if (area != null && area.length() > Background.MAX_AREA) {
            problems.add(ImportProblem.of(row, Columns.AREA, "tooLong", area.length(), Background.MAX_AREA));
            area = null;
        }
        String formNumber = formNumber(row, cells.get(Columns.FORM_NUMBER));
        boolean finished = completed != null;
        List<AnswerInput> answers = answers(row, cells, finished);

        if (problems.size() > before || started == null || questionnaire == null) {
            return null;
        }
        Background background = new Background(ageBand, gender, relation, area);
        UUID id = given != null ? given
                : ids.derive(questionnaire, language, mode, formNumber, startedText, completedText, background,
                        answers);
        return new CsvImport.Row(row, new RecordedResponse(id, dialogue.id(), questionnaire.id(),
                questionnaire.hash(), language, mode, background, started, completed, answers, formNumber),
                cells.climate);
    }

    private @Nullable String formNumber(int row, String text) {
        String number = FormulaGuard.restore(text);
        if (number == null || number.isBlank()) {
            return null;
        }
        number = number.strip();
        if (number.length() > RecordedResponse.MAX_FORM_NUMBER) {
            problems.add(ImportProblem.of(row, Columns.FORM_NUMBER, "tooLong", number.length(),
                    RecordedResponse.MAX_FORM_NUMBER));
            return null;
        }
        if (number.chars().anyMatch(Character::isISOControl)) {
            problems.add(ImportProblem.of(row, Columns.FORM_NUMBER, "formNumber", number.strip()));
            return null;
        }
        return number;
    }

    private @Nullable UUID responseId(int row, String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (!UUID_TEXT.matcher(text).matches()) {
            problems.add(ImportProblem.of(row, Columns.RESPONSE_ID, "responseId", text));
            return null;
        }
        return UUID.fromString(text);
    }

    private void checkDialogue(int row, String text) {
        if (!text.isEmpty() && !text.equals(String.valueOf(dialogue.id()))) {
            problems.add(ImportProblem.of(row, Columns.DIALOGUE_ID, "otherDialogue", text, dialogue.id()));
        }
    }

    private void checkVersion(int row, String text) {
        if (!text.isEmpty() && !text.equalsIgnoreCase(dialogue.version().id())) {
            problems.add(ImportProblem.of(row, Columns.VERSION, "version", text, dialogue.version().id()));
        }
    }

    private @Nullable Questionnaire questionnaire(int row, String revision, String hash) {
        Questionnaire questionnaire;
        if (revision.isEmpty()) {
            questionnaire = catalog.current(dialogue.version());
        } else {
            String id = revision.contains("/") ? revision.toLowerCase(Locale.ROOT)
                    : dialogue.version().id() + "/" + revision;
            Optional<Questionnaire> found = catalog.find(id).filter(q -> q.version() == dialogue.version());
            if (found.isEmpty()) {
                problems.add(ImportProblem.of(row, Columns.QUESTIONNAIRE_REVISION, "revision", revision,
                        dialogue.version().id()));
                return null;
            }
            questionnaire = found.get();
        }
        if (!hash.isEmpty() && !hash.equalsIgnoreCase(questionnaire.hash())) {
            problems.add(ImportProblem.of(row, Columns.QUESTIONNAIRE_HASH, "hash", questionnaire.id()));
            return null;
        }
        return questionnaire;
    }

    /** Any language a resident can answer in, whether or not the dialogue offers it (paper forms travel). */
    private Language language(int row, String text) {
        Language first = dialogue.languages().iterator().next();
        if (text.isEmpty()) {
            return first;
        }
        Optional<Language> language = Language.fromCode(text);
        if (language.isEmpty()) {
            problems.add(ImportProblem.of(row, Columns.LANGUAGE, "language", text, Arrays.stream(Language.values())
                    .map(Language::code).collect(Collectors.joining(", ")), first.code()));
            return first;
        }
        return language.get();
    }

    private <E extends Enum<E>> @Nullable E choice(int row, String column, String text, Class<E> type,
            @Nullable E fallback) {
        if (text.isEmpty()) {
            return fallback;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text)) {
                return value;
            }
        }
        problems.add(ImportProblem.of(row, column, "choice", text, Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", "))));
        return fallback;
    }

    private @Nullable Instant time(int row, String column, String text) {
        if (text.isEmpty()) {
            return null;
        }
        Instant time = ImportTimes.parse(text, zone);
        if (time == null) {
            problems.add(ImportProblem.of(row, column, "time", text));
        }
        return time;
    }

    private List<AnswerInput> answers(int row, Cells cells, boolean finished) {
        Scale scale = dialogue.version().scale();
        List<AnswerInput> answers = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            String scoreText = cells.scores.getOrDefault(theme, "").strip();
            String worksWell = comment(row, Columns.worksWell(theme), cells.worksWell.get(theme));
            String couldBeBetter = comment(row, Columns.couldBeBetter(theme), cells.couldBeBetter.get(theme));
            Integer score = null;
            if (!scoreText.isEmpty()) {
                score = score(scoreText, scale);
                if (score == null) {
                    problems.add(ImportProblem.of(row, theme.code(), "score", scoreText, scale.min(), scale.max()));
                    continue;
                }
            }
            if (score != null || finished || worksWell != null || couldBeBetter != null) {
                answers.add(new AnswerInput(theme, score, worksWell, couldBeBetter));
            }
        }
        return answers;
    }

    /** A whole number on the scale ("4", also "4.0" or "4,0" as a spreadsheet may write it), else null. */
    private static @Nullable Integer score(String text, Scale scale) {
        String whole = text.replaceFirst("[.,]0+$", "");
        if (!whole.matches("\\d{1,2}")) {
            return null;
        }
        int score = Integer.parseInt(whole);
        return scale.contains(score) ? score : null;
    }

    private @Nullable String comment(int row, String column, @Nullable String cell) {
        String cleaned = CommentText.clean(FormulaGuard.restore(cell));
        if (cleaned != null && cleaned.length() > CommentText.MAX_LENGTH) {
            problems.add(ImportProblem.of(row, column, "tooLong", cleaned.length(), CommentText.MAX_LENGTH));
            return null;
        }
        return cleaned;
    }
}
