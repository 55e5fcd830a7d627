package se.platskompassen.compass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static se.platskompassen.compass.SvgDocuments.elements;
import static se.platskompassen.compass.SvgDocuments.parse;
import static se.platskompassen.compass.SvgDocuments.points;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;

class CompassSvgTest {

    private static final double CX = 320;
    private static final double CY = 240;
    private static final double R = 182;

    @Test
    void fourteen_spokes_run_clockwise_from_the_top_in_theme_order() throws Exception {
        Document svg = parse(CompassImages.svg(CompassCharts.onePerson()));
        Element grid = elements(svg, "path", "g").getFirst();
        List<double[]> points = points(grid.getAttribute("d"));

        assertThat(points).hasSize(2 * Theme.COUNT);
        for (int spoke = 0; spoke < Theme.COUNT; spoke++) {
            double[] centre = points.get(2 * spoke);
            double[] rim = points.get(2 * spoke + 1);
            assertThat(centre).containsExactly(CX, CY);
            double angle = Math.atan2(rim[0] - CX, -(rim[1] - CY));
            double expected = spoke * 2 * Math.PI / Theme.COUNT;
            double clockwiseFromTop = angle < 0 ? angle + 2 * Math.PI : angle;
            assertThat(clockwiseFromTop).as("spoke %d", spoke).isCloseTo(expected, within(0.01));
            assertThat(Math.hypot(rim[0] - CX, rim[1] - CY)).isCloseTo(R, within(0.1));
        }
    }

    @Test
    void a_seven_step_compass_has_a_ring_per_step_above_the_lowest_with_its_number() throws Exception {
        Document svg = parse(CompassImages.svg(CompassCharts.onePerson()));

        List<Element> rings = elements(svg, "circle", "g");
        assertThat(rings).hasSize(6);
        assertThat(rings).extracting(ring -> Double.parseDouble(ring.getAttribute("r")))
                .containsExactly(30.3, 60.7, 91.0, 121.3, 151.7, 182.0);
        assertThat(elements(svg, "text", "r")).extracting(Element::getTextContent)
                .containsExactly("1", "2", "3", "4", "5", "6", "7");
    }

    @Test
    void the_child_compass_has_three_steps_shown_as_faces() throws Exception {
        String child = CompassImages.svg(CompassCharts.childGroup());
        Document svg = parse(child);
        assertThat(elements(svg, "circle", "g")).hasSize(2);
        assertThat(elements(svg, "text", "r")).isEmpty();
        assertThat(child).contains("fill=\"#f2b134\"");
    }

    @Test
    void a_score_lies_at_its_radius_with_the_lowest_score_in_the_centre() throws Exception {
        Map<Theme, Integer> scores = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            scores.put(theme, 4);
        }
        scores.put(Theme.MOVING_AROUND, 7);
        scores.put(Theme.FEELING_SAFE, 1);
        CompassChart chart = new CompassChart(CompassAxis.of(Scale.SEVEN_STEPS), CompassCharts.themeNames(),
                List.of(CompassSeries.scores("Jag", scores)), CompassCharts.WORDS);
        List<double[]> line = points(elements(parse(CompassImages.svg(chart)), "path", "s0").getFirst()
                .getAttribute("d"));

        assertThat(line.getFirst()).containsExactly(CX, CY - R);
        assertThat(line.get(Theme.FEELING_SAFE.ordinal())).containsExactly(CX, CY);
        double[] four = line.get(Theme.PUBLIC_TRANSPORT.ordinal());
        assertThat(Math.hypot(four[0] - CX, four[1] - CY)).isCloseTo(R / 2, within(0.15));
    }

    @Test
    void a_skipped_theme_breaks_the_line_and_is_marked_as_no_answer_on_the_rim() throws Exception {
        String text = CompassImages.svg(CompassCharts.onePerson());
        Document svg = parse(text);

        List<Element> noAnswer = elements(svg, "use", "c0");
        assertThat(noAnswer).hasSize(1);
        double[] at = {Double.parseDouble(noAnswer.getFirst().getAttribute("x")),
            Double.parseDouble(noAnswer.getFirst().getAttribute("y"))};
        double[] workEconomyRim = {CX + R * Math.cos(-Math.PI / 2 + 7 * 2 * Math.PI / 14),
            CY + R * Math.sin(-Math.PI / 2 + 7 * 2 * Math.PI / 14)};
        assertThat(at[0]).isCloseTo(workEconomyRim[0], within(0.1));
        assertThat(at[1]).isCloseTo(workEconomyRim[1], within(0.1));
        String line = elements(svg, "path", "s0").getFirst().getAttribute("d");
        assertThat(line.chars().filter(c -> c == 'M').count()).as("the line breaks once").isEqualTo(2);
        assertThat(svg.getElementsByTagName("text").item(svg.getElementsByTagName("text").getLength() - 1)
                .getTextContent()).isEqualTo("Inget svar");
    }

    @Test
    void themes_the_group_has_not_agreed_on_are_left_unmarked_not_called_no_answer() throws Exception {
        CompassSeries median = CompassCharts.oneGroup().series().getFirst();
        CompassSeries agreed = CompassSeries.agreed("Gemensam bedömning",
                Map.of(Theme.MOVING_AROUND, 3, Theme.FEELING_SAFE, 2));
        CompassChart chart = new CompassChart(CompassAxis.of(Scale.SEVEN_STEPS), CompassCharts.themeNames(),
                List.of(median, agreed), CompassCharts.WORDS);
        Document svg = parse(CompassImages.svg(chart));

        assertThat(elements(svg, "use", "c1")).as("no rim markers for undiscussed themes").isEmpty();
        assertThat(elements(svg, "path", "s1")).as("the agreed scores' line and legend sample").hasSize(2);
        assertThat(SvgDocuments.texts(svg)).contains("Gemensam bedömning").doesNotContain("Inget svar");
    }

    @Test
    void a_comparison_names_every_series_in_the_legend() throws Exception {
        Document svg = parse(CompassImages.svg(CompassCharts.fourGroups()));
        List<String> texts = elements(svg, "text", "t").stream().map(Element::getTextContent).toList();

        assertThat(texts).contains("Centrum 2025", "Centrum 2026", "Norrbacka 2026", "Åby 2026");
        for (int i = 0; i < 4; i++) {
            assertThat(elements(svg, "path", "s" + i)).as("line and legend sample of series %d", i).hasSize(2);
        }
        assertThat(texts).doesNotContain("Mittersta hälften av svaren");
    }

    @Test
    void a_long_series_name_is_cut_in_the_legend_and_kept_whole_as_the_lines_title() throws Exception {
        String longName = "Stora torget vid den gamla järnvägsstationen, kvällsmöte med föreningarna ".repeat(3).strip();
        CompassSeries first = CompassCharts.fourGroups().series().getFirst();
        CompassSeries named = new CompassSeries(longName, first.values(), first.lower(), first.upper(),
                first.answered(), true);
        List<CompassSeries> series = new ArrayList<>(CompassCharts.fourGroups().series());
        series.set(1, named);
        Document svg = parse(CompassImages.svg(new CompassChart(CompassAxis.of(Scale.SEVEN_STEPS),
                CompassCharts.themeNames(), series, CompassCharts.WORDS)));

        String legendText = elements(svg, "text", "t").stream().map(Element::getTextContent)
                .filter(text -> text.startsWith("Stora torget")).findFirst().orElseThrow();
        assertThat(legendText).endsWith("\u2026").hasSizeLessThan(longName.length());
        assertThat(longName).startsWith(legendText.substring(0, legendText.length() - 1));
        assertThat(elements(svg, "path", "s1").getFirst().getTextContent()).isEqualTo(longName);
        assertThat(CompassLayout.fit("Centrum 2025", CompassLayout.LEGEND_TEXT_ROOM)).isEqualTo("Centrum 2025");
    }

    @Test
    void one_group_shows_its_band_between_the_quartiles_and_says_so() throws Exception {
        String text = CompassImages.svg(CompassCharts.oneGroup());
        assertThat(text).contains("fill-rule=\"evenodd\"").contains(">Mittersta hälften av svaren</text>");
    }

    @Test
    void theme_names_and_labels_are_escaped() throws Exception {
        List<String> names = new ArrayList<>(CompassCharts.themeNames());
        names.set(0, "Torg & <b> \"här\"");
        CompassChart chart = new CompassChart(CompassAxis.of(Scale.SEVEN_STEPS), names,
                List.of(CompassSeries.scores("<script>alert(1)</script>", Map.of(Theme.MOVING_AROUND, 3))),
                new CompassChart.Words("A & B", "-", "-"));
        String svg = CompassImages.svg(chart);

        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>");
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("A & B");
        assertThat(elements(doc, "text", "t m").getFirst().getTextContent()).isEqualTo("Torg & <b> \"här\"");
    }

    @Test
    void the_svg_is_small_scales_with_its_container_and_is_an_image_for_screen_readers() throws Exception {
        String svg = CompassImages.svg(CompassCharts.fourGroups());
        assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(8 * 1024);
        Element root = parse(svg).getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).startsWith("0 0 640 ");
        assertThat(root.hasAttribute("width")).isFalse();
    }

    @Test
    void at_most_four_series_are_shown() {
        List<CompassSeries> five = new ArrayList<>(CompassCharts.fourGroups().series());
        five.add(five.getFirst());
        assertThatThrownBy(() -> new CompassChart(CompassAxis.of(Scale.SEVEN_STEPS),
                CompassCharts.themeNames(), five, CompassCharts.WORDS)).isInstanceOf(IllegalArgumentException.class);
    }
}
