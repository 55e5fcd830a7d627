package se.platskompassen.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueKind;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.Answer;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.MutableClock;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/**
 * The exports of a fixed data set ({@link GoldenData}) against committed golden files, the XLSX
 * read back with Apache POI, the round trip export → import → export, and the import's checks.
 * Runs on its own empty in-memory database (no demo content), so that the ids in the files are
 * the same on every run. Set {@code -Dgolden.update=true} to write the golden files anew (then
 * read the difference before committing it).
 */
@ActiveProfiles("test")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:exchange-golden;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "platskompassen.demo.enabled=false"})
@Import(MutableClock.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/exchange");

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired PlaceService places;
    @Autowired DialogueService dialogues;
    @Autowired ResponseService responses;
    @Autowired ExportService exports;
    @Autowired ImportService imports;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    private GoldenData data;

    @BeforeAll
    void createTheDataSet() {
        data = GoldenData.create(tenants, places, dialogues, respondents);
        tenants.signOut();
    }

    @BeforeEach
    void signIn() {
        tenants.signInAs(data.admin());
    }

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    @Test
    void the_data_set_has_the_same_ids_on_every_run() {
        assertThat(data.adult().id()).as("first dialogue of an empty database").isEqualTo(1);
        assertThat(data.child().id()).isEqualTo(2);
    }

    @Test
    void the_wide_csv_is_exactly_the_golden_file() throws IOException {
        assertGolden("golden-wide.csv", export(data.adult(), ExportFormat.CSV_WIDE, CsvOptions.STANDARD));
    }

    @Test
    void the_wide_csv_for_swedish_excel_has_a_byte_order_mark_and_semicolons() throws IOException {
        byte[] file = export(data.adult(), ExportFormat.CSV_WIDE, CsvOptions.SWEDISH_EXCEL);
        assertGolden("golden-wide-excel.csv", file);
        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("response_id;dialogue_id;dialogue_title;place;");
    }

    @Test
    void the_long_csv_is_exactly_the_golden_file() throws IOException {
        assertGolden("golden-long.csv", export(data.adult(), ExportFormat.CSV_LONG, CsvOptions.STANDARD));
    }

    @Test
    void free_text_that_looks_like_a_formula_gets_a_leading_apostrophe() throws IOException {
        String wide = new String(export(data.adult(), ExportFormat.CSV_WIDE, CsvOptions.STANDARD), StandardCharsets.UTF_8);
        assertThat(wide).contains(",'=SUM(A1),", ",'+1 för parken,", ",'-1 poäng för skräpet,",
                ",'@kommunen borde tömma papperskorgarna oftare,", ",''=Norr,");
        assertThat(wide).doesNotContain(",=SUM", ",+1", ",-1", ",@kommunen");
    }

    @Test
    void the_xlsx_has_four_sheets_with_frozen_filtered_headers_number_and_date_cells() throws IOException {
        byte[] file = exportBoth(ExportFormat.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                    workbook.getSheetName(3))).containsExactly("responses", "answers", "comments", "summary");
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);

            XSSFSheet wide = workbook.getSheet("responses");
            assertThat(header(wide)).isEqualTo(Columns.wide());
            assertThat(wide.getLastRowNum()).as("4 adult + 2 child responses").isEqualTo(6);
            assertFrozenAndFiltered(wide, "A1:BT7");
            Row first = wide.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo(GoldenData.id(1).toString());
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(data.adult().id());
            Cell formNumber = first.getCell(Columns.wide().indexOf(Columns.FORM_NUMBER));
            assertThat(formNumber.getCellType()).as("a form number is a label, not a number").isEqualTo(CellType.STRING);
            assertThat(formNumber.getStringCellValue()).isEqualTo("17");
            Cell started = first.getCell(Columns.wide().indexOf(Columns.STARTED_AT));
            assertThat(started.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(started)).isTrue();
            assertThat(started.getLocalDateTimeCellValue()).as("Swedish summer time")
                    .isEqualTo(LocalDateTime.parse("2026-05-04T19:05:00"));
            Cell moving = first.getCell(Columns.wide().indexOf("MOVING_AROUND"));
            assertThat(moving.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(moving.getNumericCellValue()).isEqualTo(3);
            Row second = wide.getRow(2);
            assertThat(second.getCell(Columns.wide().indexOf("PUBLIC_TRANSPORT"))).as("a skip is an empty cell")
                    .satisfiesAnyOf(cell -> assertThat(cell).isNull(),
                            cell -> assertThat(cell.getCellType()).isEqualTo(CellType.BLANK));
            Cell formula = second.getCell(Columns.wide().indexOf("NATURAL_SPACE_works_well"));
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("'=SUM(A1)");

            XSSFSheet answers = workbook.getSheet("answers");
            assertThat(header(answers)).isEqualTo(Columns.LONG);
            assertThat(answers.getLastRowNum()).as("14 + 14 + 4 + 14 adult answers, 2 x 14 child answers")
                    .isEqualTo(46 + 28);
            assertFrozenAndFiltered(answers, "A1:R75");
            Row skipped = answers.getRow(14 + 2);
            assertThat(skipped.getCell(Columns.LONG.indexOf(Columns.THEME)).getStringCellValue())
                    .isEqualTo("PUBLIC_TRANSPORT");
            assertThat(skipped.getCell(Columns.LONG.indexOf(Columns.SKIPPED)).getBooleanCellValue()).isTrue();

            XSSFSheet comments = workbook.getSheet("comments");
            assertThat(header(comments)).isEqualTo(Columns.COMMENTS);
            assertThat(comments.getLastRowNum()).isEqualTo(9);
            assertFrozenAndFiltered(comments, "A1:F10");
            assertThat(comments.getRow(4).getCell(5).getStringCellValue()).isEqualTo("'=SUM(A1)");

            XSSFSheet summary = workbook.getSheet("summary");
            assertThat(header(summary)).isEqualTo(Layouts.summaryColumns());
            assertThat(summary.getLastRowNum()).isEqualTo(28);
            // The weighted column (issue 17) is appended, so every older column keeps its place: R, not Q.
            assertFrozenAndFiltered(summary, "A1:R29");
            int weighted = Layouts.summaryColumns().indexOf("weighted");
            assertThat(weighted).as("the summary says whether its figures are weighted")
                    .isEqualTo(Layouts.summaryColumns().size() - 1);
            for (int row = 1; row <= 28; row++) {
                assertThat(summary.getRow(row).getCell(weighted).getBooleanCellValue()).isFalse();
            }
            Row publicTransport = summary.getRow(2);
            assertThat(publicTransport.getCell(3).getStringCellValue()).isEqualTo("PUBLIC_TRANSPORT");
            assertThat(publicTransport.getCell(5).getNumericCellValue()).as("n: 1 + 3 scored").isEqualTo(3);
            assertThat(publicTransport.getCell(6).getNumericCellValue()).as("one skip").isEqualTo(1);
            assertThat(publicTransport.getCell(7).getNumericCellValue()).as("median of 1, 2, 3").isEqualTo(2);
            assertThat(publicTransport.getCell(10).getNumericCellValue()).as("share of 1s").isEqualTo(1.0 / 3);
            assertThat(publicTransport.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            Row childRow = summary.getRow(15);
            assertThat(childRow.getCell(2).getStringCellValue()).isEqualTo("barn");
            assertThat(childRow.getCell(12).getNumericCellValue()).as("share of 3s among 3 and 2").isEqualTo(0.5);
            assertThat(childRow.getCell(13)).as("no step 4 on the child scale")
                    .satisfiesAnyOf(cell -> assertThat(cell).isNull(),
                            cell -> assertThat(cell.getCellType()).isEqualTo(CellType.BLANK));
        }
    }

    @Test
    void the_long_csv_of_two_dialogues_has_both_one_after_the_other() throws IOException {
        String both = new String(exportBoth(ExportFormat.CSV_LONG), StandardCharsets.UTF_8);
        List<String> records = List.of(both.split("\r\n"));
        assertThat(records).as("one record per answer; a line break inside a comment is not a record").hasSize(1 + 46 + 28);
        assertThat(records.get(47)).startsWith(GoldenData.id(11) + ",2,barn,");
        assertThat(exports.fileName(List.of(data.adult().id(), data.child().id()), ExportFormat.CSV_LONG))
                .matches("platskompassen-2-dialogues-answers-\\d{4}-\\d{2}-\\d{2}\\.csv");
    }

    @Test
    void file_names_are_plain_ascii() {
        assertThat(exports.fileName(data.adult().id(), ExportFormat.XLSX))
                .matches("kvallsmote-pa-torget-1-results-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
        assertThat(exports.fileName(data.child().id(), ExportFormat.CSV_WIDE))
                .matches("skolans-dialog-klass-4-2-responses-\\d{4}-\\d{2}-\\d{2}\\.csv");
    }

    @Test
    void every_export_is_in_the_audit_log() throws IOException {
        long before = audits(AuditAction.EXPORT);
        export(data.adult(), ExportFormat.CSV_LONG, CsvOptions.SWEDISH_EXCEL);
        assertThat(audits(AuditAction.EXPORT)).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE action = 'EXPORT' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .query(String.class).single())
                .isEqualTo("CSV, one row per answer, semicolons, with BOM, 4 responses of \u201cKvällsmöte på torget\u201d (1)");
    }

    // --- round trip and import ---------------------------------------------------------------------

    @Test
    void export_delete_import_export_gives_the_same_file_in_both_csv_flavours() throws IOException {
        for (CsvOptions options : List.of(CsvOptions.STANDARD, CsvOptions.SWEDISH_EXCEL)) {
            byte[] before = export(data.adult(), ExportFormat.CSV_WIDE, options);
            byte[] longBefore = export(data.adult(), ExportFormat.CSV_LONG, options);
            assertThat(responses.deleteResponses(data.adult())).isEqualTo(4);
            assertThat(imports.checkImport(data.adult().id(), before))
                    .isEqualTo(new ImportReport(4, 4, 0, List.of(), 0));

            ImportResult result = imports.importCsv(data.adult().id(), before);

            assertThat(result).isEqualTo(new ImportResult(4, 0));
            assertThat(export(data.adult(), ExportFormat.CSV_WIDE, options)).isEqualTo(before);
            assertThat(export(data.adult(), ExportFormat.CSV_LONG, options)).isEqualTo(longBefore);
        }
        assertThat(responses.scoreCounts(data.adult()).answered(Theme.MOVING_AROUND)).as("the tally follows").isEqualTo(4);
        assertThat(responses.answersOf(GoldenData.id(3))).extracting(Answer::themeCode)
                .as("an unfinished response keeps only the themes it reached")
                .containsExactlyInAnyOrder("MOVING_AROUND", "PUBLIC_TRANSPORT", "TRAFFIC_PARKING", "STREETS_SPACES");
    }

    @Test
    void importing_the_same_file_twice_adds_nothing_the_second_time() {
        Dialogue target = newAdultDialogue("Pappersenkäten");
        String file = """
                MOVING_AROUND,PUBLIC_TRANSPORT,TRAFFIC_PARKING,STREETS_SPACES,NATURAL_SPACE,area,FEELING_SAFE_could_be_better
                4,5,,3,7,Norr,
                4,5,,3,7,Norr,
                2,2,2,2,2,,Mer ljus i parken
                """;
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);

        assertThat(imports.checkImport(target.id(), bytes)).isEqualTo(new ImportReport(3, 3, 0, List.of(), 0));
        assertThat(imports.importCsv(target.id(), bytes)).isEqualTo(new ImportResult(3, 0));
        clock.advance(Duration.ofDays(1));
        assertThat(imports.checkImport(target.id(), bytes)).isEqualTo(new ImportReport(3, 0, 3, List.of(), 0));
        assertThat(imports.importCsv(target.id(), bytes)).isEqualTo(new ImportResult(0, 3));

        assertThat(responses.counts(target).started()).as("two identical paper forms stay two responses").isEqualTo(3);
        assertThat(responses.counts(target).completed()).as("a paper form without times is complete").isEqualTo(3);
        assertThat(responses.scoreCounts(target).skipped(Theme.TRAFFIC_PARKING)).isEqualTo(2);
        assertThat(responses.scoreCounts(target).skipped(Theme.INFLUENCE_CONTROL)).as("columns left out are skips")
                .isEqualTo(3);
        assertThat(audits(AuditAction.IMPORT)).isPositive();
    }

    @Test
    void paper_forms_keep_their_number_and_a_number_is_taken_once_per_dialogue() {
        Dialogue target = newAdultDialogue("Blanketter från skolan");
        byte[] first = """
                form_number,MOVING_AROUND
                A1,4
                a2,5
                """.getBytes(StandardCharsets.UTF_8);
        assertThat(imports.importCsv(target.id(), first)).isEqualTo(new ImportResult(2, 0));

        // The next pile: A2 again (other case, other scores) and a number twice in the file.
        byte[] second = """
                form_number,MOVING_AROUND
                A2,1
                B7,3
                b7,6
                """.getBytes(StandardCharsets.UTF_8);
        ImportReport report = imports.checkImport(target.id(), second);

        assertThat(report.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        tuple(2, "form_number", "exchange.import.problem.formNumberInUse"),
                        tuple(4, "form_number", "exchange.import.problem.formNumberTwice"));
        assertThat(report.problems().get(1).arguments()).containsExactly("b7", "3");
        assertThat(responses.counts(target).started()).isEqualTo(2);
        assertThat(imports.importCsv(target.id(), first)).as("the same file again adds nothing")
                .isEqualTo(new ImportResult(0, 2));
    }

    @Test
    void an_import_with_problems_reports_each_with_row_and_column_and_saves_nothing() {
        Dialogue target = newAdultDialogue("Felaktig fil");
        String tooLong = "x".repeat(1001);
        String file = String.join("\n",
                "response_id,dialogue_id,MOVING_AROUND,NATURE_SPACE,FEELING_SAFE,FEELING_SAFE_works_well,collection_mode",
                ",," + "8,4,3,,PAPER",
                "not-a-uuid,,4,4,3,,PAPER",
                "," + (target.id() + 1000) + ",4,4,3,,PAPER",
                ",,4,4,3," + tooLong + ",PAPER",
                ",,4,4,3,,MAIL",
                ",,4,4,3,Bra,PAPER") + "\n";
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);

        ImportReport report = imports.checkImport(target.id(), bytes);

        assertThat(report.acceptable()).isFalse();
        assertThat(report.rows()).isEqualTo(6);
        assertThat(report.newResponses()).isZero();
        assertThat(report.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        tuple(1, "NATURE_SPACE", "exchange.import.problem.unknownColumn"),
                        tuple(2, "MOVING_AROUND", "exchange.import.problem.score"),
                        tuple(3, "response_id", "exchange.import.problem.responseId"),
                        tuple(4, "dialogue_id", "exchange.import.problem.otherDialogue"),
                        tuple(5, "FEELING_SAFE_works_well", "exchange.import.problem.tooLong"),
                        tuple(6, "collection_mode", "exchange.import.problem.choice"));
        assertThat(report.problems().get(1).arguments()).containsExactly("8", "1", "7");
        assertThat(report.problems().get(4).arguments()).containsExactly("1001", "1000");
        assertThat(report.problemCount()).isEqualTo(6);

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> imports.importCsv(target.id(), bytes));
        assertThat(rejected.report()).isEqualTo(report);
        assertThat(responses.counts(target).started()).as("nothing saved").isZero();
    }

    @Test
    void the_rows_of_another_dialogues_export_are_refused_as_belonging_elsewhere() throws IOException {
        Dialogue target = newAdultDialogue("Annan dialog");
        byte[] adultExport = export(data.adult(), ExportFormat.CSV_WIDE, CsvOptions.STANDARD);

        ImportReport report = imports.checkImport(target.id(), adultExport);

        assertThat(report.problems()).extracting(ImportProblem::messageKey)
                .containsOnly("exchange.import.problem.otherDialogue");
        assertThat(report.problemCount()).isEqualTo(4);

        String withoutDialogue = new String(adultExport, StandardCharsets.UTF_8).replace(",1,Kvällsmöte", ",,Kvällsmöte");
        ImportReport moved = imports.checkImport(target.id(), withoutDialogue.getBytes(StandardCharsets.UTF_8));
        assertThat(moved.problems()).extracting(ImportProblem::messageKey)
                .as("an id another dialogue holds cannot be used again")
                .containsOnly("exchange.import.problem.responseIdInUse");
    }

    // --- helpers ----------------------------------------------------------------------------------

    private Dialogue newAdultDialogue(String title) {
        return dialogues.createWithCode(data.adult().placeId(), new DialogueSettings(title, null, Version.VUXEN,
                EnumSet.of(Language.SV), DialogueKind.INDIVIDUAL, null, null, List.of()),
                "IMP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('0', 'O'),
                DialogueStatus.OPEN);
    }

    private byte[] export(Dialogue dialogue, ExportFormat format, CsvOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(dialogue.id(), format, options, out);
        return out.toByteArray();
    }

    private byte[] exportBoth(ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(List.of(data.adult().id(), data.child().id()), format, CsvOptions.STANDARD, out);
        return out.toByteArray();
    }

    private long audits(AuditAction action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :a").param("a", action.name())
                .query(Long.class).single();
    }

    private static void assertGolden(String name, byte[] actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.write(golden, actual);
        }
        assertThat(Files.exists(golden)).as("golden file %s (write it with -Dgolden.update=true)", golden).isTrue();
        byte[] expected = Files.readAllBytes(golden);
        assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(actual).as("byte for byte").isEqualTo(expected);
    }

    private static List<String> header(XSSFSheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> names.add(cell.getStringCellValue()));
        return names;
    }

    private static void assertFrozenAndFiltered(XSSFSheet sheet, String filterRange) {
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).as("%s has a pane", sheet.getSheetName()).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).as("the header row is frozen").isEqualTo((short) 1);
        assertThat(pane.getVerticalSplitPosition()).isZero();
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as("%s has an auto-filter", sheet.getSheetName()).isTrue();
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo(filterRange);
        assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).as("bold header")
                .satisfies(font -> assertThat(sheet.getWorkbook().getFontAt(font).getBold()).isTrue());
    }
}
