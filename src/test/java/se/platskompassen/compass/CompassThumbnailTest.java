package se.platskompassen.compass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.platskompassen.compass.SvgDocuments.elements;
import static se.platskompassen.compass.SvgDocuments.parse;
import static se.platskompassen.compass.SvgDocuments.points;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import se.platskompassen.figures.Figures;
import se.platskompassen.figures.GroupFigures;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;

class CompassThumbnailTest {

    private static final double C = 60;
    private static final double R = 54;

    /** Everyone gave every theme the same score, except the themes left out, which all skipped. */
    private static GroupFigures everyoneGave(int score, Theme... skipped) {
        ScoreCounts.Builder counts = ScoreCounts.on(Scale.SEVEN_STEPS).respondents(10);
        for (Theme theme : Theme.values()) {
            counts.add(theme, List.of(skipped).contains(theme) ? null : score, 10);
        }
        return Figures.of(counts.build());
    }

    private static double clockwiseFromTop(double[] p) {
        double angle = Math.atan2(p[0] - C, -(p[1] - C));
        return angle < 0 ? angle + 2 * Math.PI : angle;
    }

    @Test
    void fourteen_spokes_run_clockwise_from_the_top_to_the_rim() throws Exception {
        Document svg = parse(CompassThumbnail.svg(everyoneGave(4), "Kompass"));
        List<double[]> points = points(elements(svg, "path", "spokes").getFirst().getAttribute("d"));

        assertThat(points).hasSize(2 * Theme.COUNT);
        for (int spoke = 0; spoke < Theme.COUNT; spoke++) {
            assertThat(points.get(2 * spoke)).containsExactly(C, C);
            double[] rim = points.get(2 * spoke + 1);
            assertThat(Math.hypot(rim[0] - C, rim[1] - C)).as("spoke %d", spoke).isCloseTo(R, within(0.1));
            assertThat(clockwiseFromTop(rim)).as("spoke %d", spoke)
                    .isCloseTo(spoke * 2 * Math.PI / Theme.COUNT, within(0.01));
        }
        Element rim = elements(svg, "circle", "rim").getFirst();
        assertThat(Double.parseDouble(rim.getAttribute("r"))).isEqualTo(R);
    }

    @Test
    void a_median_in_the_middle_of_a_seven_step_scale_lies_half_way_out_on_every_spoke() throws Exception {
        Document svg = parse(CompassThumbnail.svg(everyoneGave(4), "Kompass"));
        String path = elements(svg, "path", "median").getFirst().getAttribute("d");
        List<double[]> points = points(path);

        assertThat(path).endsWith("Z");
        assertThat(points).hasSize(Theme.COUNT);
        for (int spoke = 0; spoke < Theme.COUNT; spoke++) {
            double[] p = points.get(spoke);
            assertThat(Math.hypot(p[0] - C, p[1] - C)).as("theme %d", spoke).isCloseTo(R / 2, within(0.1));
            assertThat(clockwiseFromTop(p)).isCloseTo(spoke * 2 * Math.PI / Theme.COUNT, within(0.01));
        }
    }

    @Test
    void the_lowest_step_lies_at_the_centre_and_the_highest_on_the_rim() throws Exception {
        for (int score : new int[] {1, 7}) {
            Document svg = parse(CompassThumbnail.svg(everyoneGave(score), "Kompass"));
            double[] first = points(elements(svg, "path", "median").getFirst().getAttribute("d")).getFirst();
            assertThat(Math.hypot(first[0] - C, first[1] - C)).isCloseTo(score == 1 ? 0 : R, within(0.1));
        }
    }

    @Test
    void a_theme_nobody_scored_breaks_the_line_and_shows_an_open_ring_on_the_rim() throws Exception {
        Document svg = parse(CompassThumbnail.svg(everyoneGave(4, Theme.FEELING_SAFE), "Kompass"));
        String path = elements(svg, "path", "median").getFirst().getAttribute("d");

        assertThat(path).doesNotEndWith("Z");
        assertThat(points(path)).as("thirteen medians and the return to the first theme").hasSize(Theme.COUNT);
        assertThat(path.chars().filter(c -> c == 'M')).as("two runs around the gap").hasSize(2);
        List<Element> rings = elements(svg, "circle", "no-answer");
        assertThat(rings).hasSize(1);
        double[] ring = {Double.parseDouble(rings.getFirst().getAttribute("cx")),
            Double.parseDouble(rings.getFirst().getAttribute("cy"))};
        assertThat(Math.hypot(ring[0] - C, ring[1] - C)).isCloseTo(R, within(0.1));
        assertThat(clockwiseFromTop(ring))
                .isCloseTo(Theme.FEELING_SAFE.ordinal() * 2 * Math.PI / Theme.COUNT, within(0.01));
    }

    @Test
    void the_band_runs_from_the_lower_to_the_upper_quartile() throws Exception {
        ScoreCounts.Builder counts = ScoreCounts.on(Scale.SEVEN_STEPS).respondents(4);
        for (Theme theme : Theme.values()) {
            counts.add(theme, 2, 1).add(theme, 3, 1).add(theme, 5, 1).add(theme, 6, 1);
        }
        Document svg = parse(CompassThumbnail.svg(Figures.of(counts.build()), "Kompass"));
        List<double[]> band = points(elements(svg, "path", "band").getFirst().getAttribute("d"));

        assertThat(band).hasSize(2 * Theme.COUNT);
        double[] upper = band.getFirst();
        double[] lower = band.get(Theme.COUNT);
        assertThat(Math.hypot(upper[0] - C, upper[1] - C)).as("upper quartile 5.5").isCloseTo(R * 4.5 / 6, within(0.1));
        assertThat(Math.hypot(lower[0] - C, lower[1] - C)).as("lower quartile 2.5").isCloseTo(R * 1.5 / 6, within(0.1));
    }

    @Test
    void the_title_is_the_accessible_name_and_is_escaped() throws Exception {
        String title = "Kompass för <Torget> & \"Gamla stan\"";
        String written = CompassThumbnail.svg(everyoneGave(4), title);
        Document svg = parse(written);
        Element root = svg.getDocumentElement();

        assertThat(written).doesNotContain("<Torget>");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo(title);
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(title);
        assertThat(svg.getElementsByTagName("text").getLength()).as("no text in a thumbnail").isZero();
        assertThat(root.getAttribute("width")).isEqualTo("120");
    }

    @Test
    void the_no_data_thumbnail_has_only_faint_spokes_and_rim() throws Exception {
        Document svg = parse(CompassThumbnail.noData("Inga svar än & så"));

        assertThat(points(elements(svg, "path", "spokes").getFirst().getAttribute("d"))).hasSize(2 * Theme.COUNT);
        assertThat(elements(svg, "circle", "rim")).hasSize(1);
        assertThat(elements(svg, "path", "median")).isEmpty();
        assertThat(elements(svg, "path", "band")).isEmpty();
        assertThat(elements(svg, "g", "grid").getFirst().getAttribute("opacity")).isNotEmpty();
        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo("Inga svar än & så");
    }

    @Test
    void a_group_where_nobody_scored_anything_draws_no_line_or_band() throws Exception {
        Document svg = parse(CompassThumbnail.svg(everyoneGave(4, Theme.values()), "Kompass"));

        assertThat(elements(svg, "path", "median")).isEmpty();
        assertThat(elements(svg, "path", "band")).isEmpty();
        assertThat(elements(svg, "circle", "no-answer")).hasSize(Theme.COUNT);
    }
}
