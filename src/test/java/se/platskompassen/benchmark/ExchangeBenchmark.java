package se.platskompassen.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.exchange.CsvOptions;
import se.platskompassen.exchange.ExportService;
import se.platskompassen.exchange.ExportFormat;
import se.platskompassen.questionnaire.Questionnaire;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.Tenants;

/**
 * The export benchmark (tools/benchmark.sh exchange): one dialogue with 1,000,000 answers on
 * PostgreSQL exported as CSV (one row per response, and one row per answer) and as XLSX, each to
 * an output that counts and drops the bytes. Prints the median time of three runs and the peak
 * extra heap of a fourth: the most the heap held, above what it held just before, sampled with a
 * full collection every 100 ms while the export runs. Seeds its own data with
 * {@code generate_series} into a database whose name ends in {@code _bench}, which it empties first.
 */
public final class ExchangeBenchmark {

    private static final int RESPONSES = 71_429;
    private static final int RUNS = 3;
    private static final long SAMPLE_MILLIS = 100;

    private ExchangeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        System.out.printf(Locale.ROOT, "Platskompassen export benchmark%n  calibration: %.0f ms of fixed CPU work%n",
                Benchmarks.calibrationMillis());
        try (ConfigurableApplicationContext context = Benchmarks.startOnEmptyBenchDatabase()) {
            Dialogue dialogue = seed(context);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            jdbc.sql("VACUUM ANALYZE").update();
            long answers = jdbc.sql("SELECT COUNT(*) FROM answer WHERE dialogue_id = :d").param("d", dialogue.id())
                    .query(Long.class).single();
            System.out.printf(Locale.ROOT, "  one dialogue: %,d responses, %,d answers; heap limit %d MB%n", RESPONSES,
                    answers, Runtime.getRuntime().maxMemory() / (1024 * 1024));
            ExportService exchange = context.getBean(ExportService.class);
            measure(exchange, dialogue, ExportFormat.CSV_WIDE, "CSV, one row per response", 3);
            measure(exchange, dialogue, ExportFormat.CSV_LONG, "CSV, one row per answer", 3);
            measure(exchange, dialogue, ExportFormat.XLSX, "XLSX, four sheets", 30);
        }
    }

    private static void measure(ExportService exchange, Dialogue dialogue, ExportFormat format, String what,
            double targetSeconds) throws IOException {
        Counting out = new Counting();
        exchange.export(dialogue.id(), format, CsvOptions.SWEDISH_EXCEL, out);
        double[] seconds = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            out = new Counting();
            long started = System.nanoTime();
            exchange.export(dialogue.id(), format, CsvOptions.SWEDISH_EXCEL, out);
            seconds[run] = (System.nanoTime() - started) / 1e9;
        }
        Arrays.sort(seconds);
        System.out.println(Benchmarks.line(what + String.format(Locale.ROOT, " (%,.1f MB)", out.bytes / 1e6),
                seconds[RUNS / 2], "s", targetSeconds));
        long peak = peakExtraHeap(() -> exchange.export(dialogue.id(), format, CsvOptions.SWEDISH_EXCEL, new Counting()));
        System.out.println(Benchmarks.line("  peak extra heap", peak / (1024.0 * 1024.0), "MB", 64));
    }

    private interface Export {
        void run() throws IOException;
    }

    /**
     * The most the heap holds above what it held before, while an export runs (a run of its own,
     * not timed): every {@value #SAMPLE_MILLIS} ms a full collection leaves only what is still
     * reachable, and the heap is read right after it.
     */
    private static long peakExtraHeap(Export export) throws IOException {
        System.gc();
        long baseline = heapUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().name("heap-sampler").daemon(true).start(() -> {
            while (running.get()) {
                System.gc();
                peak.accumulateAndGet(heapUsed(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try {
            export.run();
        } finally {
            running.set(false);
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Math.max(0, peak.get() - baseline);
    }

    private static long heapUsed() {
        MemoryUsage usage = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return usage.getUsed();
    }

    /** A response stream that counts the bytes and drops them. */
    private static final class Counting extends OutputStream {

        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    /** 71,429 responses with 14 answers each (one in 20 skipped, one in 8 with a comment), by SQL. */
    private static Dialogue seed(ConfigurableApplicationContext context) {
        long started = System.nanoTime();
        Dialogue dialogue = context.getBean(Tenants.class).newDialogue(Version.VUXEN);
        Questionnaire questionnaire = context.getBean(QuestionnaireCatalog.class).current(Version.VUXEN);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        jdbc.sql("""
                INSERT INTO response (id, organisation_id, dialogue_id, questionnaire_version, questionnaire_hash,
                                      language, collection_mode, started_at, last_saved_at, completed_at, age_band,
                                      gender, relation, area)
                SELECT md5('bench-' || g)::uuid, :organisation, :dialogue, :revision, :hash,
                       CASE WHEN g % 5 = 0 THEN 'en' ELSE 'sv' END,
                       (ARRAY['SHARED_TABLET', 'OWN_DEVICE', 'PAPER', 'GROUP'])[1 + g % 4],
                       TIMESTAMPTZ '2026-05-01 10:00:00+00' + g * INTERVAL '7 seconds',
                       TIMESTAMPTZ '2026-05-01 10:10:00+00' + g * INTERVAL '7 seconds',
                       CASE WHEN g % 10 = 0 THEN NULL
                            ELSE TIMESTAMPTZ '2026-05-01 10:10:00+00' + g * INTERVAL '7 seconds' END,
                       (ARRAY['AGE_13_17', 'AGE_18_29', 'AGE_30_49', 'AGE_50_64', 'AGE_65_79', 'AGE_80_PLUS', NULL])[1 + g % 7],
                       (ARRAY['WOMAN', 'MAN', 'NON_BINARY', NULL])[1 + g % 4],
                       (ARRAY['LIVE', 'WORK', 'STUDY', 'VISIT'])[1 + g % 4],
                       CASE WHEN g % 3 = 0 THEN 'Centrum' WHEN g % 3 = 1 THEN 'Norra delen' END
                FROM generate_series(1, :responses) AS g
                """)
                .param("organisation", dialogue.organisationId())
                .param("dialogue", dialogue.id())
                .param("revision", questionnaire.id())
                .param("hash", questionnaire.hash())
                .param("responses", RESPONSES)
                .update();
        StringBuilder themes = new StringBuilder();
        for (Theme theme : Theme.values()) {
            themes.append(themes.isEmpty() ? "" : ", ").append("('").append(theme.code()).append("')");
        }
        jdbc.sql("""
                INSERT INTO answer (response_id, dialogue_id, theme_code, score, skipped, works_well, could_be_better,
                                    saved_at)
                SELECT id, dialogue_id, code, score, score IS NULL,
                       CASE WHEN h % 8 = 0 THEN 'Bra och trygg plats, men det behövs fler bänkar och mer ljus' END,
                       CASE WHEN h % 8 = 1 THEN '=Fler övergångsställen; bättre snöröjning, "mer grönt"' END,
                       started_at
                FROM (SELECT r.id, r.dialogue_id, r.started_at, t.code,
                             abs(hashtext(r.id::text || t.code)) AS h,
                             CASE WHEN abs(hashtext(r.id::text || t.code)) % 20 = 0 THEN NULL
                                  ELSE 1 + abs(hashtext(t.code || r.id::text)) % 7 END AS score
                      FROM response r CROSS JOIN (VALUES THEME_CODES) AS t(code)
                      WHERE r.dialogue_id = :dialogue) AS seeded
                """.replace("THEME_CODES", themes))
                .param("dialogue", dialogue.id())
                .update();
        jdbc.sql("""
                INSERT INTO answer_tally (dialogue_id, theme_code, score, answers)
                SELECT dialogue_id, theme_code, COALESCE(score, 0), COUNT(*) FROM answer WHERE dialogue_id = :dialogue
                GROUP BY dialogue_id, theme_code, COALESCE(score, 0)
                """)
                .param("dialogue", dialogue.id())
                .update();
        System.out.printf(Locale.ROOT, "  seeded with generate_series in %.1f s%n", (System.nanoTime() - started) / 1e9);
        return dialogue;
    }

}
