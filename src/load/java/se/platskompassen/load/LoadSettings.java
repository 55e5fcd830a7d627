package se.platskompassen.load;

import java.time.Duration;

/**
 * A load scenario: how many residents, arriving how (all at once or ramped), how long they think
 * between taps, and whether each answers once or again and again for a while.
 *
 * @param loopFor zero: each resident answers once; otherwise each answers again and again (a new
 *     browser session each time) until this time has passed
 * @param holdAt zero, or the theme (1 to 14) on whose screen every resident waits until released ({@link Hold})
 * @param projector empty, or the join code of a demo dialogue whose projector is watched ({@link ProjectorWatch})
 * @param failover {@code load.failover}: an instance is killed during the run (tools/scale-run.sh),
 *     and residents who lose theirs open the page again and go on ({@link Failover})
 */
record LoadSettings(String name, String baseUrl, int users, Duration rampOver, Duration thinkMin,
        Duration thinkMax, Duration loopFor, int holdAt, String projector, String countsFile, boolean failover) {

    /** A screen ignores taps for its first 500 ms (response.ui.TapGuard); a little more for the clocks. */
    static final Duration TAP_GUARD = Duration.ofMillis(510);

    LoadSettings {
        if (thinkMin.compareTo(TAP_GUARD) < 0) {
            thinkMin = TAP_GUARD;
        }
        if (thinkMax.compareTo(thinkMin) < 0) {
            thinkMax = thinkMin;
        }
    }

    /**
     * {@code load.scenario}: {@code 300}, {@code 1000}, {@code stress}, {@code burst}, {@code heap},
     * {@code small} or {@code warmup}; {@code load.users}, {@code load.ramp}, {@code load.think.min},
     * {@code load.think.max} and {@code load.loop} (seconds) override its figures; {@code load.projector}
     * names a dialogue whose projector to watch.
     */
    static LoadSettings fromSystemProperties() {
        String name = System.getProperty("load.scenario", "small");
        LoadSettings preset = switch (name) {
            case "300" -> preset(name, 300, 60, 1, 3, 0, 0);
            case "1000" -> preset(name, 1000, 60, 1, 3, 0, 0);
            case "stress" -> preset(name, 300, 20, 0, 0, 180, 0);
            case "burst" -> preset(name, 40, 0, 1, 3, 0, 0);
            case "heap" -> preset(name, 300, 30, 0.5, 1.5, 0, 7);
            case "warmup" -> preset(name, 30, 10, 0, 0.3, 0, 0);
            case "small" -> preset(name, 30, 10, 0.5, 1, 0, 0);
            default -> throw new IllegalArgumentException("Unknown load.scenario " + name);
        };
        return new LoadSettings(name, System.getProperty("load.baseUrl", "http://127.0.0.1:8190"),
                Integer.getInteger("load.users", preset.users),
                seconds("load.ramp", preset.rampOver), seconds("load.think.min", preset.thinkMin),
                seconds("load.think.max", preset.thinkMax), seconds("load.loop", preset.loopFor), preset.holdAt,
                System.getProperty("load.projector", ""), System.getProperty("load.counts", "target/load/counts.properties"),
                Boolean.getBoolean("load.failover"));
    }

    private static LoadSettings preset(String name, int users, double ramp, double thinkMin, double thinkMax,
            double loop, int holdAt) {
        return new LoadSettings(name, "", users, duration(ramp), duration(thinkMin), duration(thinkMax),
                duration(loop), holdAt, "", "", false);
    }

    private static Duration seconds(String property, Duration preset) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? preset : duration(Double.parseDouble(value));
    }

    private static Duration duration(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
