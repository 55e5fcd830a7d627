package se.platskompassen.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.RecordedResponse;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.PostgresTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/**
 * The exports on PostgreSQL, where the responses come through a server-side cursor (fetch size,
 * autocommit off in a read-only transaction) while each chunk's answers are read on the same
 * connection: the same bytes as on H2, responses beyond one chunk in order, and the round trip.
 */
@PostgresTest
class ExchangeOnPostgresTest {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired PlaceService places;
    @Autowired DialogueService dialogues;
    @Autowired ResponseService responses;
    @Autowired ExportService exports;
    @Autowired ImportService imports;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    @Test
    void the_golden_data_set_gives_the_same_csv_bytes_as_on_h2() throws IOException {
        GoldenData data = GoldenData.create(tenants, places, dialogues, respondents);
        for (String golden : List.of("golden-wide.csv", "golden-long.csv")) {
            String expected = Files.readString(Path.of("src/test/resources/exchange", golden), StandardCharsets.UTF_8)
                    .replace("-000000000001,1,", "-000000000001," + data.adult().id() + ",")
                    .replace("-000000000002,1,", "-000000000002," + data.adult().id() + ",")
                    .replace("-000000000003,1,", "-000000000003," + data.adult().id() + ",")
                    .replace("-000000000004,1,", "-000000000004," + data.adult().id() + ",");
            ExportFormat format = golden.contains("wide") ? ExportFormat.CSV_WIDE : ExportFormat.CSV_LONG;
            assertThat(export(data.adult(), format)).isEqualTo(expected);
        }
    }

    @Test
    void a_dialogue_of_several_chunks_streams_every_response_once_in_order_and_round_trips() throws IOException {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        int count = ExchangeQueries.CHUNK * 2 + 37;
        List<RecordedResponse> recorded = respondents.in(dialogue).count(count)
                .startingAt(Instant.parse("2026-06-01T08:00:00Z"), Duration.ofSeconds(1)).taking(Duration.ofMinutes(10))
                .answers((i, theme) -> (i + theme.ordinal()) % 9 == 0 ? AnswerInput.skipped(theme)
                        : new AnswerInput(theme, 1 + (i + theme.ordinal()) % 7, i % 50 == 0 ? "Kommentar " + i : null,
                                null))
                .record();

        String wide = export(dialogue, ExportFormat.CSV_WIDE);
        List<String> rows = List.of(wide.split("\r\n"));
        assertThat(rows).hasSize(count + 1);
        for (int i = 0; i < count; i++) {
            assertThat(rows.get(i + 1)).as("row %d", i).startsWith(recorded.get(i).id() + ",");
        }
        assertThat(List.of(export(dialogue, ExportFormat.CSV_LONG).split("\r\n"))).hasSize(count * Theme.COUNT + 1);

        responses.deleteResponses(dialogue);
        assertThat(imports.importCsv(dialogue.id(), wide.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new ImportResult(count, 0));
        assertThat(export(dialogue, ExportFormat.CSV_WIDE)).isEqualTo(wide);
        assertThat(responses.scoreCountsFromAnswers(dialogue).answered(Theme.PLAY_RECREATION))
                .isEqualTo(responses.scoreCounts(dialogue).answered(Theme.PLAY_RECREATION));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        exports.export(dialogue.id(), ExportFormat.XLSX, CsvOptions.STANDARD, xlsx);
        assertThat(xlsx.size()).isPositive();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            var summary = workbook.getSheet("summary");
            int weighted = Layouts.summaryColumns().indexOf(Columns.WEIGHTED);
            assertThat(summary.getRow(0).getCell(weighted).getStringCellValue()).isEqualTo("weighted");
            assertThat(summary.getRow(1).getCell(weighted).getBooleanCellValue())
                    .as("the summary's figures are the answers as given").isFalse();
        }
    }

    private String export(Dialogue dialogue, ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(dialogue.id(), format, CsvOptions.STANDARD, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
