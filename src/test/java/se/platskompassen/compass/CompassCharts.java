package se.platskompassen.compass;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import se.platskompassen.figures.Figures;
import se.platskompassen.figures.GroupFigures;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;

/** Charts for tests, the gallery and the benchmark, with the real Swedish theme names. */
public final class CompassCharts {

    private static final QuestionnaireCatalog CATALOG = new QuestionnaireCatalog();
    public static final CompassChart.Words WORDS = new CompassChart.Words("Platskompassen", "Inget svar",
            "Mittersta hälften av svaren");

    private CompassCharts() {
    }

    public static List<String> themeNames() {
        List<String> names = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            names.add(CATALOG.themeName(theme, Language.SV));
        }
        return names;
    }

    /** A group on a scale, with answers spread around a profile; seeded. */
    public static GroupFigures group(Scale scale, long seed, int people, double level) {
        Random random = new Random(seed);
        ScoreCounts.Builder counts = ScoreCounts.on(scale);
        for (Theme theme : Theme.values()) {
            double profile = level + Math.sin(theme.ordinal() * 1.3 + seed) * 1.6;
            for (int i = 0; i < people; i++) {
                if (random.nextDouble() < 0.04) {
                    counts.add(theme, null, 1);
                    continue;
                }
                double latent = profile + random.nextGaussian() * 1.3;
                int score = scale == Scale.THREE_STEPS ? (latent < 3.5 ? 1 : latent < 5.5 ? 2 : 3)
                        : (int) Math.clamp(Math.round(latent), 1, 7);
                counts.add(theme, score, 1);
            }
        }
        return Figures.of(counts.respondents(people).build());
    }

    public static CompassChart fourGroups() {
        List<CompassSeries> series = new ArrayList<>();
        String[] names = {"Centrum 2025", "Centrum 2026", "Norrbacka 2026", "Åby 2026"};
        for (int i = 0; i < 4; i++) {
            series.add(CompassSeries.group(names[i], group(Scale.SEVEN_STEPS, i, 60, 3 + i * 0.6)));
        }
        return new CompassChart(CompassAxis.of(Scale.SEVEN_STEPS), themeNames(), series, WORDS);
    }

    public static CompassChart oneGroup() {
        return new CompassChart(CompassAxis.of(Scale.SEVEN_STEPS), themeNames(),
                List.of(CompassSeries.group("Norrbacka 2026", group(Scale.SEVEN_STEPS, 7, 70, 4))), WORDS);
    }

    public static CompassChart onePerson() {
        Map<Theme, Integer> scores = new EnumMap<>(Theme.class);
        int[] given = {5, 2, 4, 4, 6, 3, 5, 0, 4, 5, 6, 2, 3, 2};
        for (Theme theme : Theme.values()) {
            if (given[theme.ordinal()] > 0) {
                scores.put(theme, given[theme.ordinal()]);
            }
        }
        return new CompassChart(CompassAxis.of(Scale.SEVEN_STEPS), themeNames(),
                List.of(CompassSeries.scores("Dina svar", scores)), WORDS);
    }

    public static CompassChart childGroup() {
        return new CompassChart(CompassAxis.of(Scale.THREE_STEPS), themeNames(),
                List.of(CompassSeries.group("Barn i Norrbacka", group(Scale.THREE_STEPS, 3, 35, 4.5))), WORDS);
    }
}
