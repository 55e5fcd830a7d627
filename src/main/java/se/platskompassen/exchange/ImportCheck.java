package se.platskompassen.exchange;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.response.RecordedResponse;

/**
 * Checks an import file for one dialogue: what the file says by itself ({@link CsvImport}), then
 * what only the database knows (a response id already in another dialogue, a form number already
 * used), and sums it up as the report the planner reads. Saves nothing.
 */
@Service
class ImportCheck {

    /** The largest import file taken, in bytes. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    /** The outcome: the report, the responses that would be added (none when there is any problem), and the rows read. */
    record Checked(ImportReport report, List<RecordedResponse> fresh, int rows) {
    }

    private final ExchangeQueries repository;
    private final QuestionnaireCatalog catalog;
    private final Clock clock;

    ImportCheck(ExchangeQueries repository, QuestionnaireCatalog catalog, Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.clock = clock;
    }

    Checked check(Dialogue dialogue, byte[] csv) {
        if (csv.length > MAX_BYTES) {
            ImportProblem tooLarge = ImportProblem.of(1, "", "tooLarge", MAX_BYTES / (1024 * 1024));
            return new Checked(new ImportReport(0, 0, 0, List.of(tooLarge), 1), List.of(), 0);
        }
        CsvImport.Parsed parsed = CsvImport.read(csv, dialogue, catalog, clock);
        List<ImportProblem> problems = new ArrayList<>(parsed.problems());
        Map<UUID, Long> existing = repository.dialoguesOf(
                parsed.rows().stream().map(row -> row.response().id()).toList());
        Map<String, UUID> formNumbers = new HashMap<>(repository.formNumbersOf(dialogue.id()));
        Map<String, Integer> formNumberRows = new HashMap<>();
        List<RecordedResponse> fresh = new ArrayList<>();
        int already = 0;
        for (CsvImport.Row row : parsed.rows()) {
            RecordedResponse response = row.response();
            Long holder = existing.get(response.id());
            if (holder != null && holder != dialogue.id()) {
                problems.add(ImportProblem.of(row.row(), Columns.RESPONSE_ID, "responseIdInUse"));
                continue;
            }
            if (holder == null && row.climate() != null) {
                problems.add(ImportProblem.of(row.row(), ClimateColumns.wide(row.climate()), "climateNotImported"));
                continue;
            }
            String number = response.formNumber();
            if (number != null) {
                String key = number.toLowerCase(Locale.ROOT);
                Integer earlierRow = formNumberRows.putIfAbsent(key, row.row());
                UUID numbered = formNumbers.get(key);
                if (earlierRow != null) {
                    problems.add(ImportProblem.of(row.row(), Columns.FORM_NUMBER, "formNumberTwice", number,
                            earlierRow));
                    continue;
                }
                if (numbered != null && !numbered.equals(response.id())) {
                    problems.add(ImportProblem.of(row.row(), Columns.FORM_NUMBER, "formNumberInUse", number));
                    continue;
                }
            }
            if (holder == null) {
                fresh.add(response);
            } else {
                already++;
            }
        }
        problems.sort(Comparator.comparingInt(ImportProblem::row));
        boolean acceptable = problems.isEmpty();
        int rows = parsed.dataRows();
        ImportReport report = new ImportReport(rows, acceptable ? fresh.size() : 0, acceptable ? already : 0,
                problems.subList(0, Math.min(problems.size(), ImportReport.MAX_LISTED)), problems.size());
        return new Checked(report, acceptable ? fresh : List.of(), rows);
    }
}
