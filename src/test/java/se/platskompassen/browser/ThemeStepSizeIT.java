package se.platskompassen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A theme step costs little: moving from one theme to another answers with a small UIDL response
 * (texts and values that change), not the whole screen again. The sizes come from the browser's
 * own Resource Timing: {@code decodedBodySize} is the JSON as Vaadin wrote it, {@code transferSize}
 * what went over the wire (compressed, with headers). The figures are printed and written to
 * {@code target/benchmarks/theme-step.txt}. Coming to a theme from another screen (the background,
 * the summary) builds the theme screen whole; those figures are printed too, not held to the limit.
 */
class ThemeStepSizeIT extends BrowserTest {

    /** The most a theme step's response may take, uncompressed. */
    static final long STEP_LIMIT_BYTES = 6 * 1024;

    private static final String[] THEMES = {"Gå, rulla och cykla", "Kollektivtrafik", "Trafik och parkering",
        "Gator och offentliga platser", "Natur och grönska", "Lek och fritid", "Service och verksamheter",
        "Arbete och lokal ekonomi", "Boende och gemenskap", "Sociala kontakter och mötesplatser",
        "Identitet och tillhörighet", "Trygghet", "Skötsel och underhåll", "Inflytande och delaktighet"};

    /** The UIDL responses the browser has had so far: [decoded, transferred] bytes each. */
    private static final String UIDL_SIZES = """
            return performance.getEntriesByType('resource')
                .filter(e => e.name.includes('v-r=uidl'))
                .map(e => [e.decodedBodySize, e.transferSize]);
            """;

    /** What a measured action is: only a step from theme to theme is held to the limit. */
    private enum Kind {
        STEP(""), SCREEN("   (another screen: built whole)"), INPUT("   (input on a theme)");

        final String note;

        Kind(String note) {
            this.note = note;
        }
    }

    private record Step(String what, Kind kind, int responses, long decoded, long transferred) {
        String line() {
            return String.format("%-44s %2d response(s) %7d B JSON %7d B on the wire%s", what, responses, decoded,
                    transferred, kind.note);
        }
    }

    private final List<Step> steps = new ArrayList<>();

    @Test
    void every_theme_step_answers_with_at_most_six_kilobytes() {
        open("/d/DEMO-VUXEN");
        waitFor(FlowScreens.settled("Norrbacka"));
        button("Börja").click();
        waitFor(FlowScreens.settled("Lite om dig"));
        script("performance.setResourceTimingBufferSize(10000)");
        measure("background -> theme 1", Kind.SCREEN, () -> button("Nästa").click(), THEMES[0]);

        measure("choose 4 on theme 1", Kind.INPUT, () -> button("4").click(), null);
        measure("type a comment on theme 1", Kind.INPUT, () -> {
            field("Vad fungerar bra här i dag? (frivilligt)").sendKeys("Bra cykelbanor");
            waitForText("14 av 1");
        }, null);
        measure("next: theme 1 -> 2 (score and comment)", Kind.STEP, () -> button("Nästa").click(), THEMES[1]);
        measure("choose 6 on theme 2", Kind.INPUT, () -> button("6").click(), null);
        measure("next: theme 2 -> 3", Kind.STEP, () -> button("Nästa").click(), THEMES[2]);
        measure("skip: theme 3 -> 4", Kind.STEP, () -> button("Hoppa över").click(), THEMES[3]);
        measure("choose 2 on theme 4", Kind.INPUT, () -> button("2").click(), null);
        measure("next: theme 4 -> 5", Kind.STEP, () -> button("Nästa").click(), THEMES[4]);
        measure("next: theme 5 -> 6 (nothing chosen)", Kind.STEP, () -> button("Nästa").click(), THEMES[5]);
        measure("back: theme 6 -> 5", Kind.STEP, () -> button("Tillbaka").click(), THEMES[4]);
        measure("back: theme 5 -> 4 (score shown again)", Kind.STEP, () -> button("Tillbaka").click(), THEMES[3]);
        assertThat(button("2").getDomAttribute("aria-checked")).as("theme 4's score after going back").isEqualTo("true");
        measure("back: theme 4 -> 3", Kind.STEP, () -> button("Tillbaka").click(), THEMES[2]);
        measure("back: theme 3 -> 2", Kind.STEP, () -> button("Tillbaka").click(), THEMES[1]);
        measure("back: theme 2 -> 1 (comment shown again)", Kind.STEP, () -> button("Tillbaka").click(), THEMES[0]);
        assertThat(script("return [...document.querySelectorAll('vaadin-text-area')].map(t => t.value).join('|')"))
                .as("theme 1's comments after going back").isEqualTo("Bra cykelbanor|");
        for (int i = 1; i < THEMES.length; i++) {
            measure("next: theme " + i + " -> " + (i + 1), Kind.STEP, () -> button("Nästa").click(), THEMES[i]);
        }
        measure("next: theme 14 -> summary", Kind.SCREEN, () -> button("Nästa").click(), "Din kompass");
        measure("summary -> theme 2 (change)", Kind.SCREEN, () -> buttonNamed("Ändra Kollektivtrafik").click(),
                THEMES[1]);
        measure("next: theme 2 -> summary", Kind.SCREEN, () -> button("Nästa").click(), "Din kompass");

        String report = report();
        System.out.println(report);
        write(report);
        assertThat(steps.stream().filter(step -> step.kind() == Kind.STEP))
                .as("every step from theme to theme, uncompressed (see target/benchmarks/theme-step.txt)")
                .allSatisfy(step -> {
                    assertThat(step.responses()).as(step.what() + ": responses").isPositive();
                    assertThat(step.decoded()).as(step.what()).isLessThanOrEqualTo(STEP_LIMIT_BYTES);
                });
    }

    /** Does one thing and records the UIDL responses it took, once the next screen (if any) takes taps. */
    private void measure(String what, Kind kind, Runnable action, @Nullable String nextHeading) {
        waitForVaadin();
        int before = uidlSizes().size();
        action.run();
        if (nextHeading != null) {
            waitFor(FlowScreens.settled(nextHeading));
        }
        waitForVaadin();
        List<List<Long>> after = uidlSizes();
        List<List<Long>> mine = after.subList(before, after.size());
        steps.add(new Step(what, kind, mine.size(), mine.stream().mapToLong(size -> size.get(0)).sum(),
                mine.stream().mapToLong(size -> size.get(1)).sum()));
    }

    @SuppressWarnings("unchecked")
    private List<List<Long>> uidlSizes() {
        return (List<List<Long>>) script(UIDL_SIZES);
    }

    private String report() {
        StringBuilder text = new StringBuilder("Theme steps on /d/DEMO-VUXEN (UIDL responses, Resource Timing)\n");
        steps.forEach(step -> text.append(step.line()).append('\n'));
        var themeSteps = steps.stream().filter(step -> step.kind() == Kind.STEP).toList();
        text.append(String.format("steps from theme to theme: max %d B JSON, mean %d B JSON, mean %d B on the wire"
                + " (limit %d B JSON)%n",
                themeSteps.stream().mapToLong(Step::decoded).max().orElse(0),
                Math.round(themeSteps.stream().mapToLong(Step::decoded).average().orElse(0)),
                Math.round(themeSteps.stream().mapToLong(Step::transferred).average().orElse(0)), STEP_LIMIT_BYTES));
        return text.toString();
    }

    private static void write(String report) {
        Path file = BuildOutput.dir("benchmarks").resolve("theme-step.txt");
        try {
            Files.writeString(file, report);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
