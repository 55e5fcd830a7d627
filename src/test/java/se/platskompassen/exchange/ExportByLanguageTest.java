package se.platskompassen.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.PostgresTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/**
 * Exports narrowed to the languages residents answered in, on PostgreSQL: only those responses
 * in every format, the language column holding the BCP 47 code, the workbook's summary of the
 * same responses, and the import taking every language code and naming the choices for one it
 * does not know.
 */
@PostgresTest
class ExportByLanguageTest {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired ExportService exports;
    @Autowired ImportService imports;
    @Autowired JdbcClient jdbc;

    private Dialogue dialogue;

    /** 3 in Swedish (score 2), 2 in easy Swedish (score 5), 1 in Arabic (score 7). */
    @BeforeEach
    void threeLanguages() {
        dialogue = tenants.newDialogue(Version.VUXEN);
        Instant start = Instant.parse("2026-05-04T17:00:00Z");
        respondents.in(dialogue).count(3).startingAt(start, Duration.ofMinutes(1)).scoreEveryTheme(2).record();
        respondents.in(dialogue).count(2).language(Language.SV_EASY).startingAt(start.plusSeconds(600),
                Duration.ofMinutes(1)).scoreEveryTheme(5).record();
        respondents.in(dialogue).language(Language.AR).startingAt(start.plusSeconds(1200)).scoreEveryTheme(7)
                .record();
    }

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    @Test
    void a_wide_export_narrowed_to_languages_holds_only_their_responses_with_the_code_in_the_language_column()
            throws IOException {
        List<List<String>> rows = csv(EnumSet.of(Language.SV_EASY, Language.AR), ExportFormat.CSV_WIDE);
        int language = Columns.wide().indexOf(Columns.LANGUAGE);
        int moving = Columns.wide().indexOf(Theme.MOVING_AROUND.code());
        assertThat(rows).extracting(row -> row.get(language), row -> row.get(moving))
                .containsExactly(tuple("sv-x-easy", "5"), tuple("sv-x-easy", "5"), tuple("ar", "7"));

        assertThat(csv(EnumSet.allOf(Language.class), ExportFormat.CSV_WIDE)).as("every language: every response")
                .hasSize(6);
    }

    @Test
    void a_long_export_narrowed_to_one_language_holds_only_its_answers() throws IOException {
        List<List<String>> rows = csv(EnumSet.of(Language.AR), ExportFormat.CSV_LONG);
        int language = Columns.LONG.indexOf(Columns.LANGUAGE);
        assertThat(rows).hasSize(Theme.COUNT);
        assertThat(rows).extracting(row -> row.get(language)).containsOnly("ar");
    }

    @Test
    void the_workbook_narrowed_to_a_language_has_its_rows_and_a_summary_of_the_same_responses() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(List.of(dialogue.id()), EnumSet.of(Language.SV), ExportFormat.XLSX, CsvOptions.STANDARD, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet responses = workbook.getSheet("responses");
            assertThat(responses.getLastRowNum()).as("three Swedish responses").isEqualTo(3);
            int language = Columns.wide().indexOf(Columns.LANGUAGE);
            for (int row = 1; row <= 3; row++) {
                assertThat(responses.getRow(row).getCell(language).getStringCellValue()).isEqualTo("sv");
            }
            XSSFSheet answers = workbook.getSheet("answers");
            assertThat(answers.getLastRowNum()).isEqualTo(3 * Theme.COUNT);
            Row moving = workbook.getSheet("summary").getRow(1);
            List<String> columns = Layouts.summaryColumns();
            assertThat(moving.getCell(columns.indexOf("n")).getNumericCellValue()).as("only the Swedish answers")
                    .isEqualTo(3);
            assertThat(moving.getCell(columns.indexOf("median")).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void an_export_narrowed_to_languages_says_so_in_the_audit_log_and_needs_at_least_one() throws IOException {
        csv(EnumSet.of(Language.AR, Language.SV_EASY), ExportFormat.CSV_WIDE);
        String details = jdbc.sql("SELECT details FROM audit_event WHERE organisation_id = :o AND action = 'EXPORT'")
                .param("o", dialogue.organisationId()).query(String.class).single();
        assertThat(details).contains("3 responses", "languages sv-x-easy, ar");
        assertThatThrownBy(() -> csv(EnumSet.noneOf(Language.class), ExportFormat.CSV_WIDE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_import_takes_every_language_code_and_keeps_it() throws IOException {
        Dialogue target = tenants.newDialogue(Version.VUXEN);
        StringBuilder file = new StringBuilder("language,MOVING_AROUND\n");
        for (Language language : Language.values()) {
            // Codes are read whatever their case.
            file.append(language == Language.SV_EASY ? "SV-X-Easy" : language.code()).append(",4\n");
        }
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(imports.checkImport(target.id(), bytes).problems()).isEmpty();
        assertThat(imports.importCsv(target.id(), bytes).added()).isEqualTo(Language.values().length);
        assertThat(jdbc.sql("SELECT language FROM response WHERE dialogue_id = :d ORDER BY language")
                .param("d", target.id()).query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(List.of(Language.values()).stream().map(Language::code).toList());
    }

    @Test
    void an_unknown_language_in_an_import_is_reported_with_every_code_to_choose_from() {
        Dialogue target = tenants.newDialogue(Version.VUXEN);
        byte[] bytes = "language,MOVING_AROUND\nsvenska,4\nar,5\n".getBytes(StandardCharsets.UTF_8);
        ImportReport report = imports.checkImport(target.id(), bytes);
        assertThat(report.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple(2, "language", "exchange.import.problem.language"));
        assertThat(report.problems().getFirst().arguments())
                .containsExactly("svenska", "sv, en, sv-x-easy, ar, fa, so, ti, uk, fi, pl", "sv");
    }

    private List<List<String>> csv(Set<Language> languages, ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(List.of(dialogue.id()), languages, format, CsvOptions.STANDARD, out);
        List<List<String>> rows = new ArrayList<>();
        // No free text in these responses: a comma always separates cells.
        out.toString(StandardCharsets.UTF_8).lines().skip(1).forEach(line -> rows.add(List.of(line.split(",", -1))));
        return rows;
    }
}
