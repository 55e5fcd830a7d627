package se.platskompassen.exchange;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.platskompassen.dialogue.Dialogue;
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
 * Reads a CSV file in the wide export format into whole responses for one dialogue, and finds
 * every problem on the way (row, column, what). Nothing here touches the database; the service
 * adds what only the database knows (ids already in use) and saves.
 *
 * <p>The rules, also in the README:
 * <ul>
 *   <li>UTF-8 (a byte order mark is skipped); a file that is not valid UTF-8 is read as
 *   Windows-1252, which is what Excel's plain "CSV" saves. Comma, semicolon or tab between fields,
 *   whichever the header row uses. Column names in any case and order; every column but the
 *   theme scores may be left out.</li>
 *   <li>{@code response_id} empty: the response gets a name-based UUID from the dialogue and the
 *   row's content (and how many identical rows came before it in the file), so that importing
 *   the same file again gives the same ids and adds nothing.</li>
 *   <li>{@code dialogue_id} and {@code version}, when given, must be this dialogue's;
 *   {@code dialogue_title} and {@code place} are ignored.</li>
 *   <li>Without {@code started_at} and {@code completed_at} a response counts as started and
 *   completed at the moment of the import (a paper form); without {@code collection_mode} it is
 *   a paper form; without {@code language} it is in the dialogue's first language.</li>
 *   <li>An empty score is a skip when the response is completed or the theme has a comment;
 *   otherwise (an unfinished response) the theme was not reached and gets no answer.</li>
 *   <li>A free-text cell that the export guarded against formulas with a leading apostrophe gets
 *   that apostrophe taken away again.</li>
 * </ul>
 */
final class CsvImport {

    /** Data rows an import takes at most. */
    static final int MAX_ROWS = 50_000;

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final DateTimeFormatter LOCAL_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    /** One response read from the file, with the row it came from. */
    record Row(int row, RecordedResponse response) {
    }

    /**
     * Everything read: how many data rows the file has, their responses (none when there is any
     * problem), and every problem.
     */
    record Parsed(int dataRows, List<Row> rows, List<ImportProblem> problems) {
    }

    /** What a column of the file holds. */
    private sealed interface Field {
    }

    private record Fixed(String name) implements Field {
    }

    private record Score(Theme theme) implements Field {
    }

    private record WorksWell(Theme theme) implements Field {
    }

    private record CouldBeBetter(Theme theme) implements Field {
    }

    private final Dialogue dialogue;
    private final QuestionnaireCatalog catalog;
    private final Instant now;
    private final ZoneId zone;
    private final List<ImportProblem> problems = new ArrayList<>();

    private CsvImport(Dialogue dialogue, QuestionnaireCatalog catalog, Clock clock) {
        this.dialogue = dialogue;
        this.catalog = catalog;
        this.now = clock.instant();
        this.zone = clock.getZone();
    }

    static Parsed read(byte[] file, Dialogue dialogue, QuestionnaireCatalog catalog, Clock clock) {
        return new CsvImport(dialogue, catalog, clock).read(file);
    }

    private Parsed read(byte[] file) {
        String text = decode(file);
        if (text.isBlank()) {
            problems.add(ImportProblem.of(1, "", "empty"));
            return new Parsed(0, List.of(), problems);
        }
        char separator = separator(text);
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> identical = new HashMap<>();
        Map<UUID, Integer> seen = new HashMap<>();
        int rowNumber = 0;
        int dataRows = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(text)) {
            @Nullable Field[] fields = null;
            Iterator<CsvRecord> records = reader.iterator();
            while (records.hasNext()) {
                CsvRecord record = records.next();
                rowNumber++;
                if (fields == null) {
                    fields = header(record.getFields());
                    continue;
                }
                if (rowNumber - 1 > MAX_ROWS) {
                    problems.add(ImportProblem.of(rowNumber, "", "tooManyRows", MAX_ROWS));
                    break;
                }
                List<String> cells = record.getFields();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                dataRows++;
                if (cells.size() != fields.length) {
                    problems.add(ImportProblem.of(rowNumber, "", "fieldCount", cells.size(), fields.length));
                    continue;
                }
                Row row = row(rowNumber, fields, cells, identical);
                if (row != null) {
                    Integer earlier = seen.putIfAbsent(row.response().id(), rowNumber);
                    if (earlier != null) {
                        problems.add(ImportProblem.of(rowNumber, Columns.RESPONSE_ID, "responseIdTwice", earlier));
                    } else {
                        rows.add(row);
                    }
                }
            }
        } catch (CsvParseException | IOException | UncheckedIOException e) {
            // A broken quote or the like: the rows after it cannot be told apart any more.
            problems.add(ImportProblem.of(rowNumber + 1, "", "unreadable"));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.of(Math.max(rowNumber, 1), "", "noRows"));
        }
        return new Parsed(dataRows, problems.isEmpty() ? rows : List.of(), problems);
    }

    // --- the file as text ------------------------------------------------------------------------

    static String decode(byte[] file) {
        int start = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB
                && (file[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(file, start, file.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return new String(file, start, file.length - start, Charset.forName("windows-1252"));
        }
    }

    /** The separator the header row uses: semicolon, tab or comma, whichever appears most. */
    static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        long commas = header.chars().filter(c -> c == ',').count();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return ',';
    }

    // --- the header -------------------------------------------------------------------------------

    private @Nullable Field[] header(List<String> names) {
        Map<String, Field> known = new LinkedHashMap<>();
        for (String name : Columns.WIDE_FIXED) {
            known.put(name, new Fixed(name));
        }
        for (Theme theme : Theme.values()) {
            known.put(theme.code().toLowerCase(Locale.ROOT), new Score(theme));
            known.put(Columns.worksWell(theme).toLowerCase(Locale.ROOT), new WorksWell(theme));
            known.put(Columns.couldBeBetter(theme).toLowerCase(Locale.ROOT), new CouldBeBetter(theme));
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

    // --- one row ----------------------------------------------------------------------------------

    /** The row's cells by what they hold; a column the header did not know is left out. */
    private static final class Cells {
        final Map<String, String> fixed = new HashMap<>();
        final Map<Theme, String> scores = new EnumMap<>(Theme.class);
        final Map<Theme, String> worksWell = new EnumMap<>(Theme.class);
        final Map<Theme, String> couldBeBetter = new EnumMap<>(Theme.class);

        String get(String column) {
            return fixed.getOrDefault(column, "").strip();
        }
    }

    private @Nullable Row row(int row, @Nullable Field[] fields, List<String> values, Map<String, Integer> identical) {
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
                : derivedId(canonical(questionnaire, language, mode, formNumber, startedText, completedText,
                        background, answers), identical);
        return new Row(row, new RecordedResponse(id, dialogue.id(), questionnaire.id(), questionnaire.hash(), language,
                mode, background, started, completed, answers, formNumber));
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

    private Language language(int row, String text) {
        if (text.isEmpty()) {
            return dialogue.languages().iterator().next();
        }
        Optional<Language> language = Language.fromCode(text);
        if (language.isEmpty()) {
            problems.add(ImportProblem.of(row, Columns.LANGUAGE, "choice", text, Arrays.stream(Language.values())
                    .map(Language::code).collect(Collectors.joining(", "))));
            return Language.SV;
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
        Instant time = parseTime(text, zone);
        if (time == null) {
            problems.add(ImportProblem.of(row, column, "time", text));
        }
        return time;
    }

    /**
     * A moment as the export writes it (ISO 8601 with an offset, {@code 2026-05-01T10:00:00Z}), or
     * as a spreadsheet may have rewritten it: a local date and time, or a date, in the app's time zone (Swedish time).
     */
    static @Nullable Instant parseTime(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException notWithOffset) {
            try {
                return LocalDateTime.parse(text, LOCAL_TIME).atZone(zone).toInstant();
            } catch (DateTimeException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay(zone).toInstant();
                } catch (DateTimeException notADate) {
                    return null;
                }
            }
        }
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

    // --- ids of rows without one ------------------------------------------------------------------

    private String canonical(Questionnaire questionnaire, Language language, CollectionMode mode,
            @Nullable String formNumber, String started, String completed, Background background,
            List<AnswerInput> answers) {
        StringBuilder text = new StringBuilder("platskompassen-import\u001f").append(dialogue.id());
        if (formNumber != null) {
            // Only when there is one, so that the ids of files without form numbers stay as they were.
            text.append("\u001fform\u001f").append(formNumber.toLowerCase(Locale.ROOT));
        }
        for (Object part : List.of(questionnaire.id(), language.code(), mode.name(), normalisedTime(started),
                normalisedTime(completed), String.valueOf(background.ageBand()), String.valueOf(background.gender()),
                String.valueOf(background.relation()), String.valueOf(background.area()))) {
            text.append('\u001f').append(part);
        }
        for (AnswerInput answer : answers) {
            text.append('\u001e').append(answer.theme().code()).append('\u001f').append(answer.score())
                    .append('\u001f').append(answer.worksWell()).append('\u001f').append(answer.couldBeBetter());
        }
        return text.toString();
    }

    private String normalisedTime(String text) {
        Instant time = text.isEmpty() ? null : parseTime(text, zone);
        return time == null ? text : time.toString();
    }

    /**
     * A name-based UUID from the row's content and how many identical rows came before it: the
     * same file gives the same ids every time, and two identical paper forms stay two responses.
     */
    private static UUID derivedId(String canonical, Map<String, Integer> identical) {
        int occurrence = identical.merge(canonical, 1, Integer::sum);
        return UUID.nameUUIDFromBytes((canonical + "\u001d" + occurrence).getBytes(StandardCharsets.UTF_8));
    }
}
