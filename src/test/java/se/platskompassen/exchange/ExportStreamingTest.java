package se.platskompassen.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.testing.EmbeddedTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/**
 * The hand-over between the thread that reads the database and the one that writes the file:
 * everything arrives in order, a browser that goes away stops the reading at once, and no
 * writer thread is left behind.
 */
@EmbeddedTest
class ExportStreamingTest {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired ExportService exports;
    @Autowired ExchangeQueries repository;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    private Dialogue dialogueWith(int count) {
        Dialogue dialogue = tenants.newDialogue(Version.UNGDOM);
        respondents.in(dialogue).count(count).mode(CollectionMode.SHARED_TABLET)
                .startingAt(Instant.parse("2026-09-01T08:00:00Z"), Duration.ofSeconds(1)).taking(Duration.ofMinutes(5))
                .answers((respondent, theme) -> AnswerInput.scored(theme, 1 + (respondent + theme.ordinal()) % 7))
                .record();
        return dialogue;
    }

    @Test
    void every_response_of_several_chunks_arrives_once_in_the_order_started() throws IOException {
        int count = ExchangeQueries.CHUNK * 3 + 1;
        Dialogue dialogue = dialogueWith(count);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        exports.export(dialogue.id(), ExportFormat.CSV_LONG, CsvOptions.STANDARD, out);

        String[] records = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(records).hasSize(1 + count * Theme.COUNT);
        assertThat(records[1]).contains(",2026-09-01T08:00:00Z,2026-09-01T08:05:00Z,");
        assertThat(records[records.length - 1])
                .contains(",2026-09-01T08:" + (count - 1) / 60 + ":" + String.format("%02d", (count - 1) % 60) + "Z,")
                .contains(",INFLUENCE_CONTROL,14,");
    }

    @Test
    void a_browser_that_goes_away_stops_the_reading_and_leaves_no_writer_thread() {
        Dialogue dialogue = dialogueWith(ExchangeQueries.CHUNK * 4);
        AtomicInteger chunksRead = new AtomicInteger();
        OutputStream gone = new OutputStream() {
            private int bytes;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                bytes += len;
                if (bytes > 20_000) {
                    throw new IOException("Broken pipe");
                }
            }
        };

        assertThatThrownBy(() -> exports.export(dialogue.id(), ExportFormat.CSV_LONG, CsvOptions.STANDARD, gone))
                .isInstanceOf(IOException.class).hasMessage("Broken pipe");
        assertThatThrownBy(() -> exports.export(dialogue.id(), ExportFormat.XLSX, CsvOptions.STANDARD, gone))
                .isInstanceOf(IOException.class).hasMessage("Broken pipe");

        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
                thread -> thread.getName().equals("export-writer") && thread.isAlive());
        repository.forEachChunk(dialogue.organisationId(), dialogue.id(), chunk -> chunksRead.incrementAndGet());
        assertThat(chunksRead).as("the database is still usable").hasValue(4);
    }

    @Test
    void the_pipeline_hands_over_in_order_and_rethrows_the_writers_failure() throws IOException {
        List<Integer> written = new ArrayList<>();
        try (WritePipeline pipeline = new WritePipeline("test-writer")) {
            for (int i = 0; i < 100; i++) {
                int n = i;
                pipeline.submit(() -> written.add(n));
            }
            pipeline.finish();
        }
        assertThat(written).hasSize(100).isSorted();

        WritePipeline failing = new WritePipeline("test-writer");
        // The failing step itself may already throw: the writer can run it before submit returns.
        assertThatThrownBy(() -> {
            failing.submit(() -> {
                throw new IOException("disk full");
            });
            for (int i = 0; i < 1000; i++) {
                failing.submit(() -> { });
            }
        }).isInstanceOf(WritePipeline.WriteFailed.class).hasRootCauseMessage("disk full");
        failing.close();
    }
}
