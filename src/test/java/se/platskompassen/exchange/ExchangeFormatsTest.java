package se.platskompassen.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The pieces of the file formats on their own: formula guard, reading, sheets. */
class ExchangeFormatsTest {

    private static final ZoneId SWEDISH_TIME = ZoneId.of("Europe/Stockholm");

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1)", "+1", "-1", "@x", "\tx", "\rx", "=", "'=x", "''+x"})
    void a_cell_that_a_spreadsheet_would_run_gets_a_leading_apostrophe_and_comes_back_unchanged(String text) {
        String guarded = FormulaGuard.neutralise(text);
        assertThat(guarded).isEqualTo("'" + text);
        assertThat(FormulaGuard.restore(guarded)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bra", "1+1", "a=b", "'hej'", "'", "''", "e-post@kommun.se", " =x", "Åsa"})
    void other_text_is_left_as_it_is_both_ways(String text) {
        assertThat(FormulaGuard.neutralise(text)).isEqualTo(text);
        assertThat(FormulaGuard.restore(text)).isEqualTo(text);
    }

    @Test
    void the_csv_writer_guards_free_text_but_not_codes_and_quotes_what_needs_quoting() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvExport csv = CsvExport.start(out, CsvOptions.STANDARD, List.of("a", "b", "c", "d", "e", "f"))) {
            csv.text("=HYPERLINK(\"http://x\")");
            csv.text("\tindrag");
            csv.text("rad ett\r\nrad två");
            csv.code("-1");
            csv.number(-1);
            csv.time(Instant.parse("2026-05-04T17:05:00Z"));
            csv.endRow();
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a,b,c,d,e,f\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",'\tindrag,\"rad ett\r\nrad två\",-1,-1,2026-05-04T17:05:00Z\r\n");
    }

    @Test
    void the_csv_writer_refuses_a_row_of_the_wrong_length() throws IOException {
        CsvExport csv = CsvExport.start(new ByteArrayOutputStream(), CsvOptions.STANDARD, List.of("a", "b"));
        csv.code("x");
        assertThatThrownBy(csv::endRow).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_import_file_may_be_utf8_with_or_without_bom_or_windows_1252() {
        String text = "area\nÅsa;Örebro";
        assertThat(CsvImport.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        byte[] withBom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(CsvImport.decode(withBom)).isEqualTo(text);
        assertThat(CsvImport.decode(text.getBytes(Charset.forName("windows-1252")))).isEqualTo(text);
    }

    @Test
    void the_separator_is_the_one_the_header_row_uses() {
        assertThat(CsvImport.separator("a;b;c\n1,5;2;3")).isEqualTo(';');
        assertThat(CsvImport.separator("a,b,c\n1;2;3")).isEqualTo(',');
        assertThat(CsvImport.separator("a\tb\tc")).isEqualTo('\t');
        assertThat(CsvImport.separator("MOVING_AROUND")).isEqualTo(',');
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-05-04T17:05:00Z|2026-05-04T17:05:00Z",
            "2026-05-04T17:05:00.123456Z|2026-05-04T17:05:00.123456Z",
            "2026-05-04T19:05:00+02:00|2026-05-04T17:05:00Z",
            "2026-05-04 19:05|2026-05-04T17:05:00Z",
            "2026-05-04 19:05:30|2026-05-04T17:05:30Z",
            "2026-01-04T19:05|2026-01-04T18:05:00Z",
            "2026-05-04|2026-05-03T22:00:00Z"})
    void times_are_read_as_exported_or_as_a_spreadsheet_rewrites_them_in_swedish_time(String text, String instant) {
        assertThat(ImportTimes.parse(text, SWEDISH_TIME)).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"igår", "2026-13-01", "17:05", "4/5/2026"})
    void other_times_are_not_read(String text) {
        assertThat(ImportTimes.parse(text, SWEDISH_TIME)).isNull();
    }

    @Test
    void a_sheet_that_reaches_the_row_limit_goes_on_in_a_second_sheet_each_with_header_and_filter() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Platskompassen", "1.0");
        XlsxSheet sheet = new XlsxSheet(workbook, SWEDISH_TIME, "answers", List.of("n", "text"), List.of(10.0, 20.0), 4).begin();
        for (int i = 1; i <= 5; i++) {
            sheet.number(i);
            sheet.text("=" + i);
            sheet.endRow();
        }
        sheet.finish();
        workbook.finish();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(read.getNumberOfSheets()).isEqualTo(2);
            assertThat(read.getSheetName(0)).isEqualTo("answers");
            assertThat(read.getSheetName(1)).isEqualTo("answers_2");
            assertThat(read.getSheetAt(0).getLastRowNum()).isEqualTo(3);
            assertThat(read.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("n");
            assertThat(read.getSheetAt(1).getRow(2).getCell(0).getNumericCellValue()).isEqualTo(5);
            assertThat(read.getSheetAt(1).getRow(2).getCell(1).getStringCellValue()).isEqualTo("'=5");
            assertThat(read.getSheetAt(1).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B3");
        }
    }
}
