package se.platskompassen.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;

/** Hand-worked examples of the one rule for medians and quartiles (see {@link Figures}). */
class FiguresTest {

    private static ThemeFigures figures(Scale scale, int... scores) {
        ScoreCounts.Builder counts = ScoreCounts.on(scale);
        for (int score : scores) {
            counts.add(Theme.FEELING_SAFE, score, 1);
        }
        return Figures.of(counts.build()).theme(Theme.FEELING_SAFE);
    }

    @Test
    void seven_answers_one_per_step_have_median_4_and_hinges_2_5_and_5_5() {
        // ordered: 1 2 3 [4] 5 6 7; lower half 1 2 3 4 -> (2+3)/2; upper half 4 5 6 7 -> (5+6)/2
        ThemeFigures f = figures(Scale.SEVEN_STEPS, 7, 1, 6, 2, 5, 3, 4);
        assertThat(f.answered()).isEqualTo(7);
        assertThat(f.median()).isEqualTo(4.0);
        assertThat(f.lowerQuartile()).isEqualTo(2.5);
        assertThat(f.upperQuartile()).isEqualTo(5.5);
        assertThat(f.mean()).isEqualTo(4.0);
        assertThat(f.normalisedMedian()).isEqualTo(0.5);
    }

    @Test
    void an_even_number_of_answers_takes_the_mean_of_the_two_middle_ones() {
        // ordered: 2 2 | 3 7; median (2+3)/2; lower half 2 2 -> 2; upper half 3 7 -> 5
        ThemeFigures f = figures(Scale.SEVEN_STEPS, 7, 2, 3, 2);
        assertThat(f.median()).isEqualTo(2.5);
        assertThat(f.lowerQuartile()).isEqualTo(2.0);
        assertThat(f.upperQuartile()).isEqualTo(5.0);
        assertThat(f.mean()).isEqualTo(3.5);
        assertThat(f.shares()).containsExactly(0.0, 0.5, 0.25, 0.0, 0.0, 0.0, 0.25);
    }

    @Test
    void a_single_answer_is_its_own_median_and_quartiles() {
        ThemeFigures f = figures(Scale.SEVEN_STEPS, 5);
        assertThat(f.median()).isEqualTo(5.0);
        assertThat(f.lowerQuartile()).isEqualTo(5.0);
        assertThat(f.upperQuartile()).isEqualTo(5.0);
        assertThat(f.normalisedMedian()).isCloseTo(4.0 / 6.0, within(1e-12));
    }

    @Test
    void a_theme_that_everyone_skipped_has_no_figures_and_the_skips_are_not_zeros() {
        ScoreCounts counts = ScoreCounts.on(Scale.SEVEN_STEPS).add(Theme.WORK_ECONOMY, null, 3)
                .add(Theme.MOVING_AROUND, 1, 2).build();
        ThemeFigures f = Figures.of(counts).theme(Theme.WORK_ECONOMY);

        assertThat(f.hasScores()).isFalse();
        assertThat(f.answered()).isZero();
        assertThat(f.skipped()).isEqualTo(3);
        assertThat(f.median()).isNull();
        assertThat(f.lowerQuartile()).isNull();
        assertThat(f.upperQuartile()).isNull();
        assertThat(f.mean()).isNull();
        assertThat(f.normalisedMedian()).isNull();
        assertThat(f.shares()).containsOnly(0.0);
    }

    @Test
    void skips_beside_scores_leave_the_figures_of_the_scores_alone() {
        ScoreCounts counts = ScoreCounts.on(Scale.SEVEN_STEPS).add(Theme.PUBLIC_TRANSPORT, null, 10)
                .add(Theme.PUBLIC_TRANSPORT, 6, 1).build();
        ThemeFigures f = Figures.of(counts).theme(Theme.PUBLIC_TRANSPORT);
        assertThat(f.answered()).isEqualTo(1);
        assertThat(f.skipped()).isEqualTo(10);
        assertThat(f.median()).isEqualTo(6.0);
    }

    @Test
    void large_counts_are_read_without_rows_two_camps_give_a_median_between_them() {
        // 10 x 1 and 10 x 7: median (1+7)/2 = 4; lower half all 1; upper half all 7
        ScoreCounts counts = ScoreCounts.on(Scale.SEVEN_STEPS).add(Theme.SOCIAL_CONTACT, 1, 10)
                .add(Theme.SOCIAL_CONTACT, 7, 10).build();
        ThemeFigures f = Figures.of(counts).theme(Theme.SOCIAL_CONTACT);
        assertThat(f.median()).isEqualTo(4.0);
        assertThat(f.lowerQuartile()).isEqualTo(1.0);
        assertThat(f.upperQuartile()).isEqualTo(7.0);
    }

    @Test
    void the_child_scale_has_three_steps_and_its_own_normalised_position() {
        // ordered: 1 [1] 3 -> median 1; lower 1 1 -> 1; upper 1 3 -> 2
        ThemeFigures f = figures(Scale.THREE_STEPS, 3, 1, 1);
        assertThat(f.median()).isEqualTo(1.0);
        assertThat(f.lowerQuartile()).isEqualTo(1.0);
        assertThat(f.upperQuartile()).isEqualTo(2.0);
        assertThat(f.normalisedMedian()).isEqualTo(0.0);
        assertThat(figures(Scale.THREE_STEPS, 2).normalisedMedian()).isEqualTo(0.5);
        assertThat(f.shares()).hasSize(3);
    }

    @Test
    void counts_off_the_scale_are_refused() {
        assertThatThrownBy(() -> ScoreCounts.on(Scale.THREE_STEPS)
                .add(Theme.MOVING_AROUND, 4, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void half_steps_are_written_with_the_decimal_mark_of_the_language() {
        assertThat(Figures.format(4.5, Locale.forLanguageTag("sv-SE"))).isEqualTo("4,5");
        assertThat(Figures.format(4.5, Locale.UK)).isEqualTo("4.5");
        assertThat(Figures.format(4.0, Locale.UK)).isEqualTo("4");
        assertThat(Figures.format(null, Locale.UK)).isEqualTo("–");
    }
}
