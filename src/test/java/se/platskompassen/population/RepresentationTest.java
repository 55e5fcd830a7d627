package se.platskompassen.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.platskompassen.analysis.Hidden;
import se.platskompassen.analysis.SmallGroups;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.Gender;

/** Respondents beside the population, worked out by hand, with the small-group rule applied. */
class RepresentationTest {

    static final List<AgeBand> TWO_BANDS = List.of(AgeBand.AGE_18_29, AgeBand.AGE_30_49);
    static final PlacePopulation EVEN = new PlacePopulation(2024, null, Map.of(WeightingTest.YOUNG_WOMEN, 100L,
            WeightingTest.YOUNG_MEN, 100L, WeightingTest.WOMEN_30_49, 100L, WeightingTest.MEN_30_49, 100L));

    @Test
    void a_group_is_flagged_when_its_share_is_below_half_the_populations() {
        // Respondents 10 young women, 2 young men, 20 + 15 aged 30–49: 47 with an age band.
        // Young men are 25 % of residents; half of that of 47 is 5.875 and 2 < 5.875: flagged.
        // With minimum 1 nothing is hidden. Young women: 10 ≥ 5.875, not flagged.
        Respondents respondents = Respondents.of(Map.of(WeightingTest.YOUNG_WOMEN, 10L, WeightingTest.YOUNG_MEN, 2L,
                WeightingTest.WOMEN_30_49, 20L, WeightingTest.MEN_30_49, 15L));

        Representation representation = Representation.of(EVEN, respondents, TWO_BANDS, new SmallGroups(1));

        Representation.Row youngMen = cell(representation, WeightingTest.YOUNG_MEN);
        assertThat(youngMen.respondents()).hasValue(2);
        assertThat(youngMen.populationShare()).isEqualTo(0.25);
        assertThat(youngMen.respondentShare()).isEqualTo(2.0 / 47);
        assertThat(youngMen.underRepresented()).isTrue();
        assertThat(cell(representation, WeightingTest.YOUNG_WOMEN).underRepresented()).isFalse();
        // Band 18–29: 12 of 47 = 25.5 % against 50 %; half of 50 % of 47 is 11.75, 12 is not below.
        assertThat(band(representation, AgeBand.AGE_18_29).underRepresented()).isFalse();
    }

    @Test
    void a_count_below_the_minimum_is_hidden_and_so_is_what_would_give_it_away() {
        // Minimum 5. Respondents 10 young women, 3 young men, 20 women and 15 men aged 30–49 (48).
        // Young men 3: too few, hidden. Band 18–29 (13) less young women (10) would show 3, so the
        // young women are hidden too (would reveal). Men (18) less men 30–49 (15) would show 3, so
        // men 30–49 are hidden as well. Women 30–49 (20) stay shown: band 30–49 (35) less 20 is 15.
        Respondents respondents = Respondents.of(Map.of(WeightingTest.YOUNG_WOMEN, 10L, WeightingTest.YOUNG_MEN, 3L,
                WeightingTest.WOMEN_30_49, 20L, WeightingTest.MEN_30_49, 15L));

        Representation representation = Representation.of(EVEN, respondents, TWO_BANDS, new SmallGroups(5));

        assertThat(cell(representation, WeightingTest.YOUNG_MEN).hidden()).isEqualTo(Hidden.TOO_FEW);
        assertThat(cell(representation, WeightingTest.YOUNG_MEN).respondents()).isEmpty();
        assertThat(cell(representation, WeightingTest.YOUNG_MEN).respondentShare()).isNull();
        assertThat(cell(representation, WeightingTest.YOUNG_WOMEN).hidden()).isEqualTo(Hidden.WOULD_REVEAL);
        assertThat(cell(representation, WeightingTest.MEN_30_49).hidden()).isEqualTo(Hidden.WOULD_REVEAL);
        assertThat(cell(representation, WeightingTest.WOMEN_30_49).respondents()).hasValue(20);
        // Hidden young men are still flagged: they are 25 % of residents, half of that of 48 is 6,
        // and even the largest hidden count (4) is below 6, so the flag tells nothing new.
        assertThat(cell(representation, WeightingTest.YOUNG_MEN).underRepresented()).isTrue();
    }

    @Test
    void a_group_under_five_percent_of_the_residents_is_never_flagged() {
        // Men 30–49 are 4 of 304 residents (1.3 %): nobody answered, but no flag.
        PlacePopulation population = new PlacePopulation(2024, null, Map.of(WeightingTest.YOUNG_WOMEN, 100L,
                WeightingTest.YOUNG_MEN, 100L, WeightingTest.WOMEN_30_49, 100L, WeightingTest.MEN_30_49, 4L));
        Respondents respondents = Respondents.of(Map.of(WeightingTest.YOUNG_WOMEN, 10L, WeightingTest.YOUNG_MEN, 10L,
                WeightingTest.WOMEN_30_49, 10L));

        Representation representation = Representation.of(population, respondents, TWO_BANDS, new SmallGroups(1));

        assertThat(cell(representation, WeightingTest.MEN_30_49).respondents()).hasValue(0);
        assertThat(cell(representation, WeightingTest.MEN_30_49).underRepresented()).isFalse();
    }

    static Representation.Row cell(Representation representation, PopulationCell cell) {
        return representation.byCell().stream().filter(row -> row.group().ageBand() == cell.ageBand()
                && row.group().gender() == cell.gender()).findFirst().orElseThrow();
    }

    static Representation.Row band(Representation representation, AgeBand band) {
        return representation.byAge().stream().filter(row -> row.group().ageBand() == band).findFirst().orElseThrow();
    }

    static Representation.Row gender(Representation representation, Gender gender) {
        return representation.byGender().stream().filter(row -> row.group().gender() == gender).findFirst()
                .orElseThrow();
    }
}
