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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.RecordedResponse;

/**
 * Reads a CSV file in the wide export format into whole responses for one dialogue, and finds
 * every problem on the way (row, column, what): the file as text and its rows here, the header in
 * {@link ImportHeader}, each row in {@link ImportRow}. Nothing here touches the database;
 * {@link ImportCheck} adds what only the database knows (ids already in use).
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
 *   a paper form; without {@code language} it is in the dialogue's first language. A
 *   {@code language} is the BCP 47 code of any language residents can answer in ({@code sv},
 *   {@code sv-x-easy}, {@code ar} …, in any case), offered by the dialogue or not.</li>
 *   <li>An empty score is a skip when the response is completed or the theme has a comment;
 *   otherwise (an unfinished response) the theme was not reached and gets no answer.</li>
 *   <li>A free-text cell that the export guarded against formulas with a leading apostrophe gets
 *   that apostrophe taken away again.</li>
 * </ul>
 */
final class CsvImport {

    /** Data rows an import takes at most. */
    static final int MAX_ROWS = 50_000;

    /** One response read from the file, with the row it came from. */
    /**
     * A row's response; {@code climate} names the first theme with a climate score in the row
     * (not imported: climate answers come only from the resident flow, decision 0038).
     */
    record Row(int row, RecordedResponse response, @Nullable Theme climate) {
    }

    /**
     * Everything read: how many data rows the file has, their responses (none when there is any
     * problem), and every problem.
     */
    record Parsed(int dataRows, List<Row> rows, List<ImportProblem> problems) {
    }

    private CsvImport() {
    }

    static Parsed read(byte[] file, Dialogue dialogue, QuestionnaireCatalog catalog, Clock clock) {
        List<ImportProblem> problems = new ArrayList<>();
        String text = decode(file);
        if (text.isBlank()) {
            problems.add(ImportProblem.of(1, "", "empty"));
            return new Parsed(0, List.of(), problems);
        }
        ImportRow rowReader = new ImportRow(dialogue, catalog, clock, problems);
        List<Row> rows = new ArrayList<>();
        Map<UUID, Integer> seen = new HashMap<>();
        int rowNumber = 0;
        int dataRows = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(separator(text))
                .skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(text)) {
            ImportHeader.@Nullable Field[] fields = null;
            Iterator<CsvRecord> records = reader.iterator();
            while (records.hasNext()) {
                CsvRecord record = records.next();
                rowNumber++;
                if (fields == null) {
                    fields = ImportHeader.read(record.getFields(), problems);
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
                Row row = rowReader.read(rowNumber, fields, cells);
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
}
