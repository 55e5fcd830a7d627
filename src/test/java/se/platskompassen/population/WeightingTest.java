package se.platskompassen.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.platskompassen.analysis.ProtectedFigures;
import se.platskompassen.analysis.SmallGroups;
import se.platskompassen.figures.Figures;
import se.platskompassen.figures.GroupFigures;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.Gender;

/** Post-stratification weights and weighted figures against cases worked out by hand. */
class WeightingTest {

    static final PopulationCell YOUNG_WOMEN = new PopulationCell(AgeBand.AGE_18_29, Gender.WOMAN);
    static final PopulationCell YOUNG_MEN = new PopulationCell(AgeBand.AGE_18_29, Gender.MAN);
    static final PopulationCell WOMEN_30_49 = new PopulationCell(AgeBand.AGE_30_49, Gender.WOMAN);
    static final PopulationCell MEN_30_49 = new PopulationCell(AgeBand.AGE_30_49, Gender.MAN);
    static final PopulationCell OLD_WOMEN = new PopulationCell(AgeBand.AGE_65_79, Gender.WOMAN);

    static final Respondents FIFTY = Respondents.of(Map.of(YOUNG_WOMEN, 10L, YOUNG_MEN, 5L, WOMEN_30_49, 20L,
            MEN_30_49, 15L));

    @Test
    void a_cells_weight_is_its_population_share_over_its_respondent_share() {
        // Residents 100 in each of four cells: 400, a share of 100/400 = 0.25 each.
        // Respondents 10, 5, 20, 15 of 50: shares 0.2, 0.1, 0.4, 0.3.
        // Weights: 0.25/0.2 = 1.25; 0.25/0.1 = 2.5; 0.25/0.4 = 0.625; 0.25/0.3 = 0.8333…
        PlacePopulation population = new PlacePopulation(2024, "SCB", Map.of(YOUNG_WOMEN, 100L, YOUNG_MEN, 100L,
                WOMEN_30_49, 100L, MEN_30_49, 100L));

        Weights weights = Weighting.of(population, FIFTY);

        assertThat(weights.of(YOUNG_WOMEN)).isCloseTo(1.25, within(1e-9));
        assertThat(weights.of(YOUNG_MEN)).isCloseTo(2.5, within(1e-9));
        assertThat(weights.of(WOMEN_30_49)).isCloseTo(0.625, within(1e-9));
        assertThat(weights.of(MEN_30_49)).isCloseTo(0.25 / 0.3, within(1e-9));
        assertThat(weights.capped()).isEmpty();
        // Weighted, the four cells count 12.5 each: 10 × 1.25 = 5 × 2.5 = 20 × 0.625 = 15 × 0.8333 = 12.5.
        assertThat(10 * weights.of(YOUNG_WOMEN) + 5 * weights.of(YOUNG_MEN) + 20 * weights.of(WOMEN_30_49)
                + 15 * weights.of(MEN_30_49)).isCloseTo(50, within(1e-9));
    }

    @Test
    void a_weight_above_the_cap_is_cut_down_to_it_and_the_others_are_not_renormalised() {
        // Residents 100, 300, 100, 100 of 600: shares 1/6, 1/2, 1/6, 1/6. Respondents as above.
        // Young men: (1/2) / 0.1 = 5, above the cap 3, so 3. The others stay as computed:
        // (1/6)/0.2 = 0.8333…, (1/6)/0.4 = 0.41666…, (1/6)/0.3 = 0.5555…
        PlacePopulation population = new PlacePopulation(2024, null, Map.of(YOUNG_WOMEN, 100L, YOUNG_MEN, 300L,
                WOMEN_30_49, 100L, MEN_30_49, 100L));

        Weights weights = Weighting.of(population, FIFTY);

        assertThat(weights.cap()).isEqualTo(3.0);
        assertThat(weights.of(YOUNG_MEN)).isEqualTo(3.0);
        assertThat(weights.capped()).containsExactly(YOUNG_MEN);
        assertThat(weights.of(YOUNG_WOMEN)).isCloseTo(1.0 / 6 / 0.2, within(1e-9));
        assertThat(weights.of(WOMEN_30_49)).isCloseTo(1.0 / 6 / 0.4, within(1e-9));
        assertThat(weights.of(MEN_30_49)).isCloseTo(1.0 / 6 / 0.3, within(1e-9));
    }

    @Test
    void residents_of_a_cell_nobody_answered_in_are_left_out_and_named_and_the_unplaced_keep_weight_one() {
        // The 65–79 women (100) have no respondents: the shares are taken over the other 400
        // residents, so the weights are those of the first case. Three respondents gave no age:
        // in no cell, weight 1.
        PlacePopulation population = new PlacePopulation(2024, null, Map.of(YOUNG_WOMEN, 100L, YOUNG_MEN, 100L,
                WOMEN_30_49, 100L, MEN_30_49, 100L, OLD_WOMEN, 100L));
        Respondents respondents = new Respondents(Map.of(key(YOUNG_WOMEN), 10L, key(YOUNG_MEN), 5L,
                key(WOMEN_30_49), 20L, key(MEN_30_49), 15L, new Respondents.Key(null, Gender.MAN), 3L));

        Weights weights = Weighting.of(population, respondents);

        assertThat(weights.empty()).containsExactly(OLD_WOMEN);
        assertThat(weights.unweighted()).isEqualTo(3);
        assertThat(weights.of(YOUNG_MEN)).isCloseTo(2.5, within(1e-9));
        assertThat(weights.weights()).doesNotContainKey(OLD_WOMEN);
    }

    @Test
    void the_weighted_median_follows_the_weights_not_the_heads() {
        // Five young men (weight 2.5) all scored 2; twenty women 30–49 (weight 0.625) all scored 6.
        // Unweighted: 25 answers, 5 × 2 and 20 × 6, median 6.
        // Weighted: 5 × 2.5 = 12.5 at 2 and 20 × 0.625 = 12.5 at 6; total 25, half 12.5 is reached
        // exactly at 2, so the median lies half-way to the next score given: (2 + 6) / 2 = 4.
        // Lower quartile: 6.25 is passed at 2. Upper quartile: 18.75 is reached at 6.
        // Mean: (12.5 × 2 + 12.5 × 6) / 25 = 4.
        ScoreCounts men = ScoreCounts.on(Scale.SEVEN_STEPS).add(Theme.MOVING_AROUND, 2, 5).respondents(5).build();
        ScoreCounts women = ScoreCounts.on(Scale.SEVEN_STEPS).add(Theme.MOVING_AROUND, 6, 20).respondents(20).build();
        ProtectedFigures unweighted = new SmallGroups(5).protect(ScoreCounts.on(Scale.SEVEN_STEPS)
                .add(Theme.MOVING_AROUND, 2, 5).add(Theme.MOVING_AROUND, 6, 20).respondents(25).build());

        GroupFigures weighted = WeightedFigures.of(List.of(new WeightedFigures.Part(men, 2.5),
                new WeightedFigures.Part(women, 0.625)), unweighted);

        assertThat(unweighted.figures().theme(Theme.MOVING_AROUND).median()).isEqualTo(6.0);
        assertThat(weighted.theme(Theme.MOVING_AROUND).median()).isEqualTo(4.0);
        assertThat(weighted.theme(Theme.MOVING_AROUND).lowerQuartile()).isEqualTo(2.0);
        assertThat(weighted.theme(Theme.MOVING_AROUND).upperQuartile()).isEqualTo(6.0);
        assertThat(weighted.theme(Theme.MOVING_AROUND).mean()).isCloseTo(4.0, within(1e-9));
        assertThat(weighted.theme(Theme.MOVING_AROUND).answered()).isEqualTo(25);
    }

    @Test
    void with_every_weight_one_the_median_is_the_unweighted_one() {
        // Scores 1, 2, 3, 4 once each: the unweighted median is (2 + 3) / 2 = 2.5; weighted with
        // weight 1 the half (2) is reached exactly at 2, so half-way to 3: 2.5 too.
        ScoreCounts counts = ScoreCounts.on(Scale.SEVEN_STEPS).add(Theme.PLAY_RECREATION, 1, 1).add(Theme.PLAY_RECREATION, 2, 1)
                .add(Theme.PLAY_RECREATION, 3, 1).add(Theme.PLAY_RECREATION, 4, 1).respondents(4).build();
        ProtectedFigures unweighted = new SmallGroups(1).protect(counts);

        GroupFigures weighted = WeightedFigures.of(List.of(new WeightedFigures.Part(counts, 1.0)), unweighted);

        assertThat(weighted.theme(Theme.PLAY_RECREATION).median()).isEqualTo(Figures.of(counts).theme(Theme.PLAY_RECREATION).median())
                .isEqualTo(2.5);
    }

    @Test
    void a_theme_hidden_unweighted_stays_hidden_weighted() {
        // Minimum 5: the theme scored by 3 people is hidden unweighted; a weight of 3 on them
        // (9 "answers" weighted) must not bring it back.
        ScoreCounts counts = ScoreCounts.on(Scale.SEVEN_STEPS).add(Theme.PLAY_RECREATION, 5, 3)
                .add(Theme.MOVING_AROUND, 4, 10).respondents(10).build();
        ProtectedFigures unweighted = new SmallGroups(5).protect(counts);

        GroupFigures weighted = WeightedFigures.of(List.of(new WeightedFigures.Part(counts, 3.0)), unweighted);

        assertThat(unweighted.isHidden(Theme.PLAY_RECREATION)).isTrue();
        assertThat(weighted.theme(Theme.PLAY_RECREATION).median()).isNull();
        assertThat(weighted.theme(Theme.PLAY_RECREATION).answered()).isZero();
        assertThat(weighted.theme(Theme.MOVING_AROUND).median()).isEqualTo(4.0);
    }

    static Respondents.Key key(PopulationCell cell) {
        return new Respondents.Key(cell.ageBand(), cell.gender());
    }
}
