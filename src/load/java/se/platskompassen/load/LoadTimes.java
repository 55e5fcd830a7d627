package se.platskompassen.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Response times per step type (page, init, navigate, start, background, score, comment, theme,
 * submit), measured by Gatling from sending the request to the last byte of the response, on
 * this machine's loopback. Gatling's HTML report under target/gatling has the same figures;
 * this table is what tools/loadtest.sh prints.
 */
final class LoadTimes {

    private static final Map<String, ConcurrentLinkedQueue<Integer>> TIMES = new ConcurrentHashMap<>();

    private LoadTimes() {
    }

    static int record(String step, int millis) {
        TIMES.computeIfAbsent(step, key -> new ConcurrentLinkedQueue<>()).add(millis);
        return millis;
    }

    /** The table: count, p50, p95, p99 and max per step, then all steps together, then requests a second. */
    static String table(List<String> order, double seconds) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-12s %8s %6s %6s %6s %6s%n",
                "step", "count", "p50", "p95", "p99", "max"));
        List<Integer> all = new ArrayList<>();
        for (String step : order) {
            ConcurrentLinkedQueue<Integer> times = TIMES.get(step);
            if (times != null) {
                List<Integer> sorted = new ArrayList<>(times);
                all.addAll(sorted);
                table.append(row(step, sorted));
            }
        }
        table.append(row("all", all));
        table.append(String.format(Locale.ROOT, "requests/s   %8.1f (over %.0f s)%n", seconds > 0 ? all.size() / seconds : 0,
                seconds));
        return table.toString();
    }

    private static String row(String step, List<Integer> times) {
        Collections.sort(times);
        return String.format(Locale.ROOT, "%-12s %8d %6d %6d %6d %6d%n", step, times.size(), percentile(times, 50),
                percentile(times, 95), percentile(times, 99), times.isEmpty() ? 0 : times.get(times.size() - 1));
    }

    /** Nearest-rank percentile of sorted times, in milliseconds. */
    static int percentile(List<Integer> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
