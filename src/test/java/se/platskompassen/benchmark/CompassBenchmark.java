package se.platskompassen.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.platskompassen.compass.CompassChart;
import se.platskompassen.compass.CompassCharts;
import se.platskompassen.compass.CompassImages;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.figures.Figures;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/**
 * The compass benchmark (tools/benchmark.sh compass): rendering the SVG with four series and
 * the PNG at 2x, and the group figures of one dialogue holding 1,000,000 answers on PostgreSQL.
 * The database part seeds its own data into a database whose name ends in {@code _bench}, which
 * it empties first.
 */
public final class CompassBenchmark {

    private static final int RESPONSES = 71_429;

    private CompassBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "Platskompassen compass benchmark%n  calibration: %.0f ms of fixed CPU work%n",
                Benchmarks.calibrationMillis());
        CompassChart fourGroups = CompassCharts.fourGroups();
        double svg = Benchmarks.medianMillis(3000, 2001, () -> CompassImages.svg(fourGroups));
        int svgBytes = CompassImages.svg(fourGroups).getBytes(StandardCharsets.UTF_8).length;
        double png = Benchmarks.medianMillis(40, 61, () -> CompassImages.png(fourGroups, 2));
        System.out.println(Benchmarks.line("SVG with four series, render", svg, "ms", 2));
        System.out.println(Benchmarks.line("SVG with four series, size", svgBytes / 1024.0, "KB", 8));
        System.out.println(Benchmarks.line("PNG at 2x, render and encode", png, "ms", 40));
        groupFiguresOnPostgres();
    }

    private static void groupFiguresOnPostgres() {
        try (ConfigurableApplicationContext context = Benchmarks.startOnEmptyBenchDatabase()) {
            Dialogue dialogue = seed(context);
            context.getBean(JdbcTemplate.class).execute("VACUUM ANALYZE");
            ResponseService responses = context.getBean(ResponseService.class);
            long answers = countAnswers(context, dialogue);
            double figures = Benchmarks.medianMillis(20, 51, () -> Figures.of(responses.scoreCounts(dialogue)));
            double grouped = Benchmarks.medianMillis(2, 9, () -> Figures.of(responses.scoreCountsFromAnswers(dialogue)));
            System.out.println(Benchmarks.line(String.format(Locale.ROOT, "Group figures of one dialogue, %,d answers",
                    answers), figures, "ms", 100));
            System.out.printf(Locale.ROOT, "  (for comparison: GROUP BY over the answer rows themselves: %.1f ms)%n",
                    grouped);
        }
    }

    private static long countAnswers(ConfigurableApplicationContext context, Dialogue dialogue) {
        Long count = context.getBean(JdbcTemplate.class)
                .queryForObject("SELECT COUNT(*) FROM answer WHERE dialogue_id = ?", Long.class, dialogue.id());
        return count == null ? 0 : count;
    }

    private static Dialogue seed(ConfigurableApplicationContext context) {
        long started = System.nanoTime();
        Dialogue dialogue = context.getBean(Tenants.class).newDialogue(Version.VUXEN);
        Respondents respondents = context.getBean(Respondents.class);
        Random random = new Random(1);
        for (int done = 0; done < RESPONSES; done += 2000) {
            respondents.in(dialogue).count(Math.min(2000, RESPONSES - done))
                    .startedAt(respondent -> Instant.parse("2026-05-01T10:00:00Z")).taking(Duration.ofMinutes(10))
                    .answers((respondent, theme) -> random.nextInt(20) == 0 ? AnswerInput.skipped(theme)
                            : AnswerInput.scored(theme, 1 + random.nextInt(7)))
                    .record();
        }
        System.out.printf(Locale.ROOT, "  seeded %,d responses with 14 answers each in %.0f s%n", RESPONSES,
                (System.nanoTime() - started) / 1e9);
        return dialogue;
    }

}
