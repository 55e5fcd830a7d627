package se.platskompassen.compass;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import se.platskompassen.figures.GroupFigures;
import se.platskompassen.questionnaire.ClimateModules;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.LanguagePacks;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;

/**
 * Every word of a compass can be read where it is drawn: no theme name around the rim runs into
 * its neighbour, and a legend cuts none of the chart's own words (only a long place name in a
 * comparison may be cut, keeping its whole name as the line's title). Checked for every shipped
 * language and questionnaire version, on tablets and pages and on the projector.
 */
class CompassLabelsTest {

    private static final QuestionnaireCatalog CATALOG = new QuestionnaireCatalog();
    private static final ClimateModules CLIMATE = new ClimateModules();
    private static final Map<Language, ?> PACKS = LanguagePacks.shipped();
    private static final List<CompassText> NAMED = List.of(CompassText.PAGE, CompassText.PROJECTOR);

    @Test
    void theme_names_around_the_rim_never_run_into_each_other() {
        List<String> overlaps = new ArrayList<>();
        for (CompassText text : NAMED) {
            for (Language language : PACKS.keySet()) {
                for (Version version : Version.values()) {
                    CompassLayout layout = new CompassLayout(chart(version, language, List.of(), words(language)), text);
                    List<Rectangle2D> boxes = boxes(layout);
                    for (int i = 0; i < boxes.size(); i++) {
                        for (int j = i + 1; j < boxes.size(); j++) {
                            if (boxes.get(i).intersects(boxes.get(j))) {
                                overlaps.add(text + " " + language.code() + " " + version.id() + ": "
                                        + layout.themeLabels.get(i).lines() + " × " + layout.themeLabels.get(j).lines());
                            }
                        }
                    }
                }
            }
        }
        assertThat(overlaps).isEmpty();
    }

    @Test
    void the_projector_legend_shows_its_words_whole() {
        List<String> cut = new ArrayList<>();
        for (Locale locale : List.of(Locale.of("sv"), Locale.ENGLISH)) {
            ResourceBundle staff = ResourceBundle.getBundle("i18n/messages", locale);
            Language language = Language.of(locale);
            List<CompassSeries> series = List.of(
                    CompassSeries.group(staff.getString("groupCompass.median"), group(1)),
                    CompassSeries.agreed(staff.getString("groupCompass.agreed"), Map.of(Theme.values()[0], 4)),
                    CompassSeries.group(staff.getString("groupCompass.climate"), group(2)));
            CompassChart.Words words = words(language);
            for (int shown = 1; shown <= series.size(); shown++) {
                cut.addAll(cutWords(new CompassLayout(chart(Version.VUXEN, language, series.subList(0, shown), words),
                        CompassText.PROJECTOR)));
            }
        }
        assertThat(cut).isEmpty();
    }

    @Test
    void a_residents_summary_legend_shows_its_words_whole_in_every_language() {
        List<String> cut = new ArrayList<>();
        for (Language language : PACKS.keySet()) {
            for (Version version : Version.values()) {
                Map<Theme, Integer> scores = Map.of(Theme.values()[0], 2);
                List<CompassSeries> series = List.of(CompassSeries.scores(text(language, "flow.summary.yours"), scores),
                        CompassSeries.optional(CLIMATE.current(version).texts(language).name(), scores));
                cut.addAll(cutWords(new CompassLayout(chart(version, language, series, words(language)), CompassText.PAGE))
                        .stream().map(word -> language.code() + " " + version.id() + ": " + word).toList());
            }
        }
        assertThat(cut).isEmpty();
    }

    private static List<String> cutWords(CompassLayout layout) {
        return layout.legend.stream().map(CompassLayout.LegendEntry::text).filter(word -> word.endsWith("\u2026")).toList();
    }

    /** Each theme name's box as the layout places it, measured with the font it is drawn in. */
    private static List<Rectangle2D> boxes(CompassLayout layout) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            Font font = layout.labelFont;
            FontMetrics metrics = g.getFontMetrics(font);
            double ascent = font.getLineMetrics("Åg", g.getFontRenderContext()).getAscent();
            List<Rectangle2D> boxes = new ArrayList<>();
            for (CompassLayout.Label label : layout.themeLabels) {
                double widest = label.lines().stream().mapToDouble(line -> metrics.getStringBounds(line, g).getWidth())
                        .max().orElse(0);
                double left = switch (label.align()) {
                    case START -> label.x();
                    case MIDDLE -> label.x() - widest / 2;
                    case END -> label.x() - widest;
                };
                boxes.add(new Rectangle2D.Double(left, label.firstBaseline() - ascent, widest,
                        label.lines().size() * label.lineHeight()));
            }
            return boxes;
        } finally {
            g.dispose();
        }
    }

    private static CompassChart chart(Version version, Language language, List<CompassSeries> series,
            CompassChart.Words words) {
        List<String> names = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            names.add(CATALOG.current(version).text(theme, language).name());
        }
        return new CompassChart(CompassAxis.of(version.scale()), names, series, words);
    }

    private static CompassChart.Words words(Language language) {
        return new CompassChart.Words("", text(language, "compass.noAnswer"), text(language, "compass.band"));
    }

    private static String text(Language language, String key) {
        return new LanguagePacks().text(language, key).orElseThrow();
    }

    private static GroupFigures group(long seed) {
        return CompassCharts.group(Scale.SEVEN_STEPS, seed, 30, 4);
    }
}
