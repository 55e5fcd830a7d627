package se.platskompassen.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import se.platskompassen.analysis.AnalysisService;
import se.platskompassen.analysis.BackgroundGroup;
import se.platskompassen.analysis.Filter;
import se.platskompassen.analysis.Overview;
import se.platskompassen.analysis.Series;
import se.platskompassen.comments.CommentFilter;
import se.platskompassen.comments.CommentService;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.Gender;
import se.platskompassen.testing.Tenants;

/**
 * The analysis benchmark (tools/benchmark.sh analysis): 100 places, 1,000 dialogues and
 * 1,000,006 answers seeded on PostgreSQL in the database (src/test/resources/benchmark/
 * analysis-seed.sql), then the median time of the overview and of four-way comparisons, as a
 * planner of that organisation sees them (the service calls the views make, tenant checks and
 * the small-group rule included). Seeds its own data into a database whose name ends in
 * {@code _bench}, which it empties first.
 */
public final class AnalysisBenchmark {

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        System.out.printf(Locale.ROOT, "Platskompassen analysis benchmark%n  calibration: %.0f ms of fixed CPU work%n",
                Benchmarks.calibrationMillis());
        try (ConfigurableApplicationContext context = Benchmarks.startOnEmptyBenchDatabase()) {
            seed(context);
            run(context);
        }
    }

    private static void seed(ConfigurableApplicationContext context) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("benchmark/analysis-seed.sql"));
        }
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.execute("VACUUM ANALYZE");
        System.out.printf(Locale.ROOT, "  seeded %,d places, %,d dialogues, %,d responses, %,d answers in %.0f s%n",
                count(jdbc, "place"), count(jdbc, "dialogue"), count(jdbc, "response"), count(jdbc, "answer"),
                (System.nanoTime() - started) / 1e9);
    }

    private static void run(ConfigurableApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Tenants tenants = context.getBean(Tenants.class);
        Long organisation = jdbc.queryForObject("SELECT id FROM organisation WHERE name = 'Benchmark kommun'",
                Long.class);
        tenants.signInAs(tenants.newStaff(organisation == null ? 0 : organisation, Role.ANALYST));
        AnalysisService analysis = context.getBean(AnalysisService.class);
        List<Long> places = jdbc.queryForList("SELECT id FROM place ORDER BY id FETCH FIRST 4 ROWS ONLY", Long.class);
        Long dialogue = jdbc.queryForObject("SELECT MAX(id) FROM dialogue WHERE version = 'VUXEN'", Long.class);

        Overview overview = analysis.overview(Filter.DEFAULT);
        System.out.printf(Locale.ROOT, "  overview: %d places; default filter = adults and young people, every answer%n",
                overview.places().size());
        print("Overview, default filter (answer tally)", Benchmarks.medianMillis(5, 21,
                () -> analysis.overview(Filter.DEFAULT)), 300);
        print("Overview, completed responses only", Benchmarks.medianMillis(2, 7,
                () -> analysis.overview(Filter.DEFAULT.withCompletedOnly(true))), 300);

        List<Series> fourPlaces = places.stream().<Series>map(Series.AtPlace::new).toList();
        print("Compare four places", Benchmarks.medianMillis(5, 21,
                () -> analysis.compare(Filter.DEFAULT, fourPlaces)), 150);
        List<Series> fourKinds = List.of(new Series.AtPlace(places.getFirst()),
                new Series.OfDialogue(dialogue == null ? 0 : dialogue), new Series.InYear(2025),
                new Series.InVersion(Version.BARN));
        print("Compare place, dialogue, year, version", Benchmarks.medianMillis(5, 21,
                () -> analysis.compare(Filter.DEFAULT, fourKinds)), 150);
        List<Series> withGroupAtPlace = List.of(new Series.AtPlace(places.getFirst()),
                new Series.OfGroup(BackgroundGroup.of(Gender.WOMAN)), new Series.InYear(2025),
                new Series.InVersion(Version.BARN));
        Filter atFirstPlaceOnly = Filter.DEFAULT.withVersions(EnumSet.of(Version.VUXEN, Version.UNGDOM));
        print("Compare place, women (whole organisation), year, version", Benchmarks.medianMillis(2, 7,
                () -> analysis.compare(atFirstPlaceOnly, withGroupAtPlace)), 150);
        print("Compare the same, completed responses only", Benchmarks.medianMillis(2, 7,
                () -> analysis.compare(atFirstPlaceOnly.withCompletedOnly(true), withGroupAtPlace)), 150);

        CommentService comments = context.getBean(CommentService.class);
        CommentFilter lights = CommentFilter.ALL.withText("belysning");
        print("Comment search \"belysning\", first page of 50", Benchmarks.medianMillis(5, 21,
                () -> comments.search(lights, 0, 50)), 300);
        print("Comment search \"belysning\", its count", Benchmarks.medianMillis(5, 21,
                () -> comments.count(lights)), 300);
        tenants.signOut();
    }

    private static void print(String what, double millis, double target) {
        System.out.println(Benchmarks.line(what, millis, "ms", target));
    }

    private static long count(JdbcTemplate jdbc, String table) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return count == null ? 0 : count;
    }

}
