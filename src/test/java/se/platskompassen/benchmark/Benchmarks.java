package se.platskompassen.benchmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.platskompassen.Application;

/** Timing helpers for the benchmark programs: warm up, then take the median of many runs. */
final class Benchmarks {

    private Benchmarks() {
    }

    /** Median milliseconds of {@code runs} calls after {@code warmUp} untimed ones. */
    static double medianMillis(int warmUp, int runs, Supplier<?> work) {
        Object sink = null;
        for (int i = 0; i < warmUp; i++) {
            sink = work.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink = work.get();
            nanos[i] = System.nanoTime() - start;
        }
        if (sink == null) {
            throw new IllegalStateException("The work returned nothing");
        }
        Arrays.sort(nanos);
        return nanos[runs / 2] / 1_000_000.0;
    }

    static String line(String what, double value, String unit, double target) {
        return String.format(Locale.ROOT, "  %-52s %9.2f %-3s (target <= %s %s)  %s", what, value, unit,
                target == Math.rint(target) ? String.valueOf((long) target) : String.valueOf(target), unit,
                value <= target ? "OK" : "OVER TARGET");
    }

    /** A fixed amount of plain CPU work, so that readers can compare machines and moments. */
    static double calibrationMillis() {
        return medianMillis(3, 7, () -> {
            long sum = 0;
            for (int i = 0; i < 50_000_000; i++) {
                sum += i % 7;
            }
            return sum;
        });
    }

    /**
     * The application on the benchmark's own PostgreSQL database (a name ending in {@code _bench},
     * since it is emptied first), cleaned and migrated, without demo content.
     */
    static ConfigurableApplicationContext startOnEmptyBenchDatabase() {
        String url = env("PLATSKOMPASSEN_BENCH_DB_URL", "jdbc:postgresql://localhost:5432/platskompassen_bench");
        if (!url.matches(".*_bench(\\?.*)?$")) {
            throw new IllegalArgumentException("The benchmark empties its database; its name must end in _bench: " + url);
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .profiles("postgres")
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + env("PLATSKOMPASSEN_BENCH_DB_USER", "platskompassen"),
                        "--spring.datasource.password=" + env("PLATSKOMPASSEN_BENCH_DB_PASSWORD", "platskompassen"),
                        "--spring.flyway.clean-disabled=false", "--spring.main.banner-mode=off", "--server.port=0",
                        "--logging.level.root=WARN");
        context.getBean(Flyway.class).clean();
        context.getBean(Flyway.class).migrate();
        return context;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
