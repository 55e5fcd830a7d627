package se.platskompassen.population;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.Gender;

/**
 * Reads a population table as Statistics Sweden's Statistikdatabasen exports it (the format is
 * docs/population-csv.md): a header row naming the age, sex and count columns (a year such as
 * {@code 2024} is a count column and gives the figures' year), then one row per age and sex. Rows
 * for the same cell are added up (a place made of several areas). Every problem is reported with
 * its line; when there is any, nothing is taken.
 */
public final class PopulationCsv {

    /** The largest file taken: a table of single years for several areas is far smaller. */
    public static final int MAX_BYTES = 512 * 1024;
    static final int MAX_ROWS = 5000;

    /**
     * What was read: people per cell and the year the header gave (null if none), or, when
     * {@code problems} is not empty, nothing.
     */
    public record Result(Map<PopulationCell, Long> people, @Nullable Integer year, List<CsvProblem> problems) {

        public Result {
            people = Map.copyOf(people);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private PopulationCsv() {
    }

    public static Result read(byte[] file) {
        List<CsvProblem> problems = new ArrayList<>();
        String text = decode(file);
        if (text.isBlank()) {
            return new Result(Map.of(), null, List.of(CsvProblem.of(1, "empty")));
        }
        Map<PopulationCell, Long> people = new LinkedHashMap<>();
        Header header = null;
        int line = 0;
        int rows = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator(text)).skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(text)) {
            for (CsvRecord record : reader) {
                line = (int) record.getStartingLineNumber();
                if (header == null) {
                    header = Header.read(record.getFields(), problems);
                    if (header == null) {
                        break;
                    }
                    continue;
                }
                if (++rows > MAX_ROWS) {
                    problems.add(CsvProblem.of(line, "tooManyRows", MAX_ROWS));
                    break;
                }
                readRow(line, record.getFields(), header, people, problems);
            }
        } catch (CsvParseException | IOException | UncheckedIOException e) {
            problems.add(CsvProblem.of(line + 1, "unreadable"));
        }
        if (header != null && rows == 0 && problems.isEmpty()) {
            problems.add(CsvProblem.of(1, "noRows"));
        }
        return problems.isEmpty() ? new Result(people, header.year(), List.of())
                : new Result(Map.of(), null, problems);
    }

    private static void readRow(int line, List<String> cells, Header header, Map<PopulationCell, Long> people,
            List<CsvProblem> problems) {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        String ageText = cell(cells, header.age());
        String sexText = cell(cells, header.sex());
        String countText = cell(cells, header.count());
        int before = problems.size();
        AgeBand band = null;
        AgeGroups.Ages ages = AgeGroups.read(ageText);
        if (ages == null) {
            problems.add(CsvProblem.of(line, "age", ageText));
        } else {
            band = AgeGroups.band(ages);
            if (band == null) {
                problems.add(CsvProblem.of(line, "ageStraddles", ageText.strip(),
                        AgeGroups.bandOf(ages.from()).name(), AgeGroups.bandOf(ages.to()).name()));
            }
        }
        Gender gender = sex(sexText);
        if (gender == null) {
            problems.add(CsvProblem.of(line, "sex", sexText));
        }
        Long count = count(countText);
        if (count == null) {
            problems.add(CsvProblem.of(line, "count", countText));
        }
        if (problems.size() == before && band != null && gender != null && count != null) {
            long sum = people.merge(new PopulationCell(band, gender), count, Long::sum);
            if (sum > PlacePopulation.MAX_PEOPLE) {
                problems.add(CsvProblem.of(line, "tooMany", PlacePopulation.MAX_PEOPLE));
            }
        }
    }

    private static String cell(List<String> cells, int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    static @Nullable Gender sex(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "män", "man", "men", "male", "males", "m", "1" -> Gender.MAN;
            case "kvinnor", "kvinna", "women", "woman", "female", "females", "k", "f", "2" -> Gender.WOMAN;
            default -> null;
        };
    }

    /** A whole number of people; spaces between thousands are fine, SCB's ".." (no figure) is not. */
    static @Nullable Long count(String text) {
        String digits = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(digits);
    }

    /** UTF-8 (a byte-order mark is dropped); anything else is read as ISO-8859-1, as older SCB downloads are. */
    static String decode(byte[] file) {
        int start = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB
                && (file[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(file, start, file.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return new String(file, StandardCharsets.ISO_8859_1);
        }
    }

    /** The separator the header line uses most: semicolon, comma or tab. */
    static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = -1;
        for (char candidate : new char[] {';', ',', '\t'}) {
            long count = first.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }
}
