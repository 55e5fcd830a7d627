package se.platskompassen.compass;

import static org.assertj.core.api.Assertions.assertThat;
import static se.platskompassen.compass.SvgDocuments.elements;
import static se.platskompassen.compass.SvgDocuments.parse;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;

/**
 * The Climate Lens' scores are drawn as a series of their own beside the person's answers, and a
 * theme without a climate score (an optional question) is not marked "no answer" (decision 0038).
 */
class ClimateSeriesTest {

    @Test
    void the_climate_scores_are_a_second_series_with_its_own_line_and_legend_and_no_gap_marks() throws Exception {
        Map<Theme, Integer> climate = new EnumMap<>(Theme.class);
        climate.put(Theme.MOVING_AROUND, 3);
        climate.put(Theme.PUBLIC_TRANSPORT, 2);
        CompassChart person = CompassCharts.onePerson();
        CompassChart chart = new CompassChart(person.axis(), person.themeNames(),
                List.of(person.series().getFirst(), CompassSeries.optional("Klimatlinsen", climate)), person.words());

        String text = CompassImages.svg(chart);
        Document svg = parse(text);

        assertThat(elements(svg, "path", "s1")).as("the climate line").isNotEmpty();
        assertThat(elements(svg, "use", "c1")).as("no 'no answer' marks for skipped climate questions").isEmpty();
        assertThat(elements(svg, "use", "c0")).as("the person's own skipped theme is still marked").hasSize(1);
        assertThat(text).contains("Klimatlinsen");
        assertThat(chart.series().get(1).value(Theme.MOVING_AROUND)).isEqualTo(3.0);
        assertThat(chart.series().get(1).showsGaps()).isFalse();
    }

    @Test
    void an_optional_series_keeps_the_scale_of_the_version() {
        CompassSeries series = CompassSeries.optional("Klimatlinsen", Map.of(Theme.FEELING_SAFE, 1));
        CompassChart chart = new CompassChart(CompassAxis.of(Scale.THREE_STEPS), CompassCharts.themeNames(),
                List.of(series), CompassCharts.WORDS);
        assertThat(chart.series().getFirst().value(Theme.FEELING_SAFE)).isEqualTo(1.0);
        assertThat(chart.series().getFirst().hasGaps()).isTrue();
    }
}
