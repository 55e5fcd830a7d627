package se.platskompassen.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;

/** Count rows as the queries return them, turned into counts by the one shared helper. */
class ScoreCountsRowsTest {

    private record Row(String themeCode, @Nullable Integer score, long answers) implements ScoreCounts.Row {
    }

    @Test
    void rows_add_up_by_theme_and_score_and_a_null_score_counts_as_skipped() {
        ScoreCounts counts = ScoreCounts.on(Scale.SEVEN_STEPS).addAll(List.of(
                new Row(Theme.FEELING_SAFE.code(), 4, 3),
                new Row(Theme.FEELING_SAFE.code(), 4, 2),
                new Row(Theme.FEELING_SAFE.code(), null, 1))).build();

        assertThat(counts.count(Theme.FEELING_SAFE, 4)).isEqualTo(5);
        assertThat(counts.skipped(Theme.FEELING_SAFE)).isEqualTo(1);
    }

    @Test
    void a_theme_code_the_app_does_not_know_is_left_out() {
        ScoreCounts counts = ScoreCounts.on(Scale.SEVEN_STEPS)
                .add(new Row("NO_SUCH_THEME", 4, 9))
                .add(new Row(Theme.PUBLIC_TRANSPORT.code(), 2, 1)).build();

        long total = 0;
        for (Theme theme : Theme.values()) {
            total += counts.answered(theme) + counts.skipped(theme);
        }
        assertThat(total).isEqualTo(1);
    }
}
