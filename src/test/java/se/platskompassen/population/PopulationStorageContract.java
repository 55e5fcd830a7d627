package se.platskompassen.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.base.NotFoundException;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.Background;
import se.platskompassen.response.Gender;
import se.platskompassen.testing.Tenants;

/** What must hold for population figures and weighting on every database the application runs on. */
abstract class PopulationStorageContract {

    static final PlacePopulation EVEN = new PlacePopulation(2024, "SCB", Map.of(WeightingTest.YOUNG_WOMEN, 100L,
            WeightingTest.YOUNG_MEN, 100L, WeightingTest.WOMEN_30_49, 100L, WeightingTest.MEN_30_49, 100L));

    @Autowired Tenants tenants;
    @Autowired se.platskompassen.testing.Respondents respondents;
    @Autowired PopulationService population;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    @Test
    void figures_are_kept_replaced_and_audited() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);

        population.save(dialogue.placeId(), EVEN, false);
        population.save(dialogue.placeId(), new PlacePopulation(2025, null, Map.of(WeightingTest.OLD_WOMEN, 7L)), true);

        PlacePopulation kept = population.of(dialogue.placeId()).orElseThrow();
        assertThat(kept.year()).isEqualTo(2025);
        assertThat(kept.source()).isNull();
        assertThat(kept.total()).isEqualTo(7);
        assertThat(kept.people(WeightingTest.OLD_WOMEN)).isEqualTo(7);
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE organisation_id = :o ORDER BY id")
                .param("o", dialogue.organisationId()).query(String.class).list())
                .containsSubsequence("POPULATION_CHANGED", "POPULATION_IMPORTED");
    }

    @Test
    void another_organisations_place_has_no_population_here() {
        Dialogue theirs = tenants.newDialogue(Version.VUXEN);
        population.save(theirs.placeId(), EVEN, false);
        tenants.newDialogue(Version.VUXEN);

        assertThatThrownBy(() -> population.of(theirs.placeId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> population.save(theirs.placeId(), EVEN, false))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_dialogues_respondents_are_counted_by_background_and_its_figures_weighted() {
        // Five young men scored 2 on every theme, twenty women aged 30–49 scored 6, three gave no
        // background and scored 4. Residents: 100 in each of four cells; the two cells with
        // respondents hold 200, shares 0.5 each; respondents in cells 25, shares 0.2 and 0.8.
        // Weights: 0.5 / 0.2 = 2.5 and 0.5 / 0.8 = 0.625; the three without background weigh 1.
        // Weighted per theme: 12.5 at 2, 3 at 4, 12.5 at 6; total 28, half 14 is passed at 4:
        // median 4. Unweighted: 28 answers, 5 at 2, 3 at 4, 20 at 6: the 14th and 15th are 6.
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        population.save(dialogue.placeId(), EVEN, false);
        respondents.in(dialogue).count(5).background(new Background(AgeBand.AGE_18_29, Gender.MAN, null, null))
                .scoreEveryTheme(2).record();
        respondents.in(dialogue).count(20).background(new Background(AgeBand.AGE_30_49, Gender.WOMAN, null, null))
                .scoreEveryTheme(6).record();
        respondents.in(dialogue).count(3).scoreEveryTheme(4).record();

        WhoAnswered who = population.forDialogue(dialogue).orElseThrow();

        assertThat(who.weights().of(WeightingTest.YOUNG_MEN)).isEqualTo(2.5);
        assertThat(who.weights().of(WeightingTest.WOMEN_30_49)).isEqualTo(0.625);
        assertThat(who.weights().unweighted()).isEqualTo(3);
        assertThat(who.weights().empty()).containsExactlyInAnyOrder(WeightingTest.YOUNG_WOMEN, WeightingTest.MEN_30_49);
        assertThat(who.unweighted().figures().theme(Theme.MOVING_AROUND).median()).isEqualTo(6.0);
        assertThat(who.weighted().theme(Theme.MOVING_AROUND).median()).isEqualTo(4.0);
        assertThat(RepresentationTest.cell(who.representation(), WeightingTest.YOUNG_MEN).respondents()).hasValue(5);
        assertThat(RepresentationTest.cell(who.representation(), WeightingTest.YOUNG_WOMEN).underRepresented()).isTrue();
    }

    @Test
    void a_place_without_figures_offers_no_weighting() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);

        assertThat(population.forDialogue(dialogue)).isEmpty();
        assertThat(population.forPlace(dialogue.placeId())).isEmpty();
    }
}
