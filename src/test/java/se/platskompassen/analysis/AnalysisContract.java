package se.platskompassen.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.base.NotFoundException;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.organisation.Role;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.Gender;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/**
 * The analysis queries on the hand-worked {@link AnalysisScene}, on every database the
 * application runs on. Each expected figure is worked out in the comment beside it.
 */
abstract class AnalysisContract {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired PlaceService places;
    @Autowired DialogueService dialogues;
    @Autowired AnalysisService analysis;

    AnalysisScene scene;

    @BeforeEach
    void makeTheScene() {
        scene = AnalysisScene.make(tenants, places, dialogues, respondents);
    }

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    private static Overview.PlaceRow row(Overview overview, String name) {
        return overview.places().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void the_overview_gives_each_place_its_median_n_and_latest_dialogue_and_hides_a_small_place() {
        Overview overview = analysis.overview(Filter.DEFAULT);
        assertThat(overview.scale()).isEqualTo(Scale.SEVEN_STEPS);
        assertThat(overview.places()).extracting(Overview.PlaceRow::name).containsExactly("Hamnen", "Parken", "Torget");

        Overview.PlaceRow torget = row(overview, "Torget");
        // D1 6 + D2 8 respondents.
        assertThat(torget.figures().respondents()).hasValue(14);
        // 1 2 3 4 5 6 | 5 5 6 6 6 6 6 6 -> 1 2 3 4 5 5 5 6 6 6 6 6 6 6: (7th + 8th) / 2 = (5 + 6) / 2.
        assertThat(torget.figures().cell(Theme.MOVING_AROUND).median()).isEqualTo(5.5);
        assertThat(torget.figures().cell(Theme.MOVING_AROUND).answered()).isEqualTo(14);
        // Without the unfinished r6: 2 3 4 5 5 5 6 6 6 6 6 6 6: 7th = 6; lower half 2 3 4 5 5 5 6 -> 5.
        assertThat(torget.figures().cell(Theme.FEELING_SAFE).median()).isEqualTo(6.0);
        assertThat(torget.figures().cell(Theme.FEELING_SAFE).figures().lowerQuartile()).isEqualTo(5.0);
        assertThat(torget.figures().cell(Theme.FEELING_SAFE).figures().upperQuartile()).isEqualTo(6.0);
        assertThat(torget.latestDialogue()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(torget.dialogues()).isEqualTo(2);

        // Parken, adults only: D3 3 x 4 and D5 5 x 3: 3 3 3 3 3 4 4 4 -> (3 + 3) / 2.
        Overview.PlaceRow parken = row(overview, "Parken");
        assertThat(parken.figures().respondents()).hasValue(8);
        assertThat(parken.figures().cell(Theme.NATURAL_SPACE).median()).isEqualTo(3.0);
        assertThat(parken.latestDialogue()).as("the children's dialogue is outside the filter")
                .isEqualTo(LocalDate.of(2026, 6, 1));

        Overview.PlaceRow hamnen = row(overview, "Hamnen");
        assertThat(hamnen.figures().respondents()).as("4 people").isEmpty();
        assertThat(hamnen.figures().respondentsHidden()).isEqualTo(Hidden.TOO_FEW);
        assertThat(hamnen.figures().cell(Theme.NATURAL_SPACE).median()).isNull();
        assertThat(hamnen.figures().counts().answered(Theme.NATURAL_SPACE)).isZero();
        assertThat(overview.minGroupSize()).isEqualTo(5);
    }

    @Test
    void completed_only_from_the_tally_agrees_with_counting_every_completed_answer() {
        Overview fromTally = analysis.overview(Filter.DEFAULT.withCompletedOnly(true));
        // No response of the scene is a GROUP one: leaving that mode out changes only how the
        // counting is done (every completed answer joined with its response).
        Overview joined = analysis.overview(Filter.DEFAULT.withCompletedOnly(true)
                .withModes(EnumSet.complementOf(EnumSet.of(CollectionMode.GROUP))));

        assertThat(fromTally.places()).hasSameSizeAs(joined.places());
        for (Overview.PlaceRow row : fromTally.places()) {
            var tally = row.figures().counts();
            var counted = row(joined, row.name()).figures().counts();
            for (Theme theme : Theme.values()) {
                assertThat(tally.skipped(theme)).as("%s %s skipped", row.name(), theme).isEqualTo(counted.skipped(theme));
                for (int score = 1; score <= 7; score++) {
                    assertThat(tally.count(theme, score)).as("%s %s %d", row.name(), theme, score)
                            .isEqualTo(counted.count(theme, score));
                }
            }
        }
        assertThat(row(fromTally, "Torget").figures().counts().count(Theme.MOVING_AROUND, 1))
                .as("r6's 1 is in the tally, but r6 is unfinished").isZero();
    }

    @Test
    void the_overview_filters_by_completion_mode_period_and_version() {
        Overview completed = analysis.overview(Filter.DEFAULT.withCompletedOnly(true));
        // r6 left out: 13 people; 2 3 4 5 5 5 6 6 6 6 6 6 6 -> 6.
        assertThat(row(completed, "Torget").figures().respondents()).hasValue(13);
        assertThat(row(completed, "Torget").figures().cell(Theme.MOVING_AROUND).median()).isEqualTo(6.0);

        Overview paper = analysis.overview(Filter.DEFAULT.withModes(EnumSet.of(CollectionMode.PAPER)));
        // Only r5 and r6 were on paper: too few.
        assertThat(row(paper, "Torget").figures().isHidden()).isTrue();

        Overview spring2025 = analysis.overview(Filter.DEFAULT.withPeriod(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31)));
        // D1 only: 1 2 3 4 5 6 -> 3.5.
        assertThat(row(spring2025, "Torget").figures().cell(Theme.MOVING_AROUND).median()).isEqualTo(3.5);
        assertThat(row(spring2025, "Parken").figures().respondents()).hasValue(0);
        assertThat(row(spring2025, "Parken").latestDialogue()).isNull();

        Overview children = analysis.overview(Filter.DEFAULT.withVersions(EnumSet.of(Version.BARN)));
        assertThat(children.scale()).isEqualTo(Scale.THREE_STEPS);
        // 1 1 2 2 3 3 -> 2.
        assertThat(row(children, "Parken").figures().cell(Theme.PLAY_RECREATION).median()).isEqualTo(2.0);
        assertThat(row(children, "Torget").figures().respondents()).hasValue(0);
    }

    @Test
    void compare_gives_everyone_and_women_when_neither_reveals_a_small_group() {
        Comparison comparison = analysis.compare(Filter.DEFAULT,
                List.of(new Series.Everyone(), new Series.OfGroup(BackgroundGroup.of(Gender.WOMAN))));
        ProtectedFigures everyone = comparison.series().get(0).figures();
        ProtectedFigures women = comparison.series().get(1).figures();
        // Adults: D1 6 + D2 8 + D3 3 + D5 5 + D6 4.
        assertThat(everyone.respondents()).hasValue(26);
        // Women: r1 2, r2 3, r3 4, two in D2 5 -> 2 3 4 5 5: median 4; 26 - 5 = 21 others.
        assertThat(women.respondents()).hasValue(5);
        assertThat(women.cell(Theme.FEELING_SAFE).median()).isEqualTo(4.0);
        assertThat(women.cell(Theme.FEELING_SAFE).figures().lowerQuartile()).isEqualTo(3.0);
        assertThat(women.cell(Theme.FEELING_SAFE).figures().upperQuartile()).isEqualTo(5.0);
        assertThat(comparison.normalised()).isFalse();
    }

    @Test
    void compare_hides_a_group_whose_difference_from_everyone_would_reveal_fewer_than_five() {
        Filter march2026 = Filter.DEFAULT.withPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        Comparison comparison = analysis.compare(march2026,
                List.of(new Series.Everyone(), new Series.OfGroup(BackgroundGroup.of(Gender.MAN))));
        // Everyone in March 2026 is D2: 8 people; its 6 men would leave the 2 women readable.
        assertThat(comparison.series().get(0).figures().respondents()).hasValue(8);
        assertThat(comparison.series().get(0).figures().cell(Theme.FEELING_SAFE).median()).isEqualTo(6.0);
        ProtectedFigures men = comparison.series().get(1).figures();
        assertThat(men.respondentsHidden()).isEqualTo(Hidden.WOULD_REVEAL);
        assertThat(men.cell(Theme.FEELING_SAFE).hidden()).isEqualTo(Hidden.WOULD_REVEAL);
        assertThat(men.cell(Theme.FEELING_SAFE).median()).isNull();

        Comparison menAlone = analysis.compare(march2026, List.of(new Series.OfGroup(BackgroundGroup.of(Gender.MAN))));
        assertThat(menAlone.series().getFirst().figures().respondents()).as("alone, 6 men are enough").hasValue(6);
    }

    @Test
    void compare_gives_the_residents_of_one_language_against_everyone() {
        Comparison comparison = analysis.compare(Filter.DEFAULT, List.of(new Series.Everyone(),
                new Series.OfGroup(BackgroundGroup.of(Language.AR))));
        // Arabic: D2's 6 men, 6 each; 26 - 6 = 20 others.
        ProtectedFigures arabic = comparison.series().get(1).figures();
        assertThat(arabic.respondents()).hasValue(6);
        assertThat(arabic.cell(Theme.FEELING_SAFE).median()).isEqualTo(6.0);

        // Persian 2 (in D5), so Swedish is 26 - 6 - 2 = 18: everyone with Arabic and Swedish would
        // leave the 2 Persian readable, so the smaller shown language goes.
        Comparison three = analysis.compare(Filter.DEFAULT, List.of(new Series.Everyone(),
                new Series.OfGroup(BackgroundGroup.of(Language.AR)), new Series.OfGroup(BackgroundGroup.of(Language.SV))));
        assertThat(three.series().get(2).figures().respondents()).hasValue(18);
        assertThat(three.series().get(1).figures().respondentsHidden()).isEqualTo(Hidden.WOULD_REVEAL);
        assertThat(three.series().get(1).figures().cell(Theme.FEELING_SAFE).median()).isNull();
    }

    @Test
    void a_language_group_under_the_minimum_shows_nothing() {
        Comparison persian = analysis.compare(Filter.DEFAULT, List.of(new Series.OfGroup(BackgroundGroup.of(Language.FA))));
        ProtectedFigures figures = persian.series().getFirst().figures();
        assertThat(figures.respondents()).as("2 people").isEmpty();
        assertThat(figures.respondentsHidden()).isEqualTo(Hidden.TOO_FEW);
        for (Theme theme : Theme.values()) {
            assertThat(figures.cell(theme).isHidden()).as(theme.code()).isTrue();
            assertThat(figures.counts().answered(theme)).as(theme.code()).isZero();
        }

        Overview narrowed = analysis.overview(Filter.DEFAULT.withLanguages(EnumSet.of(Language.FA)));
        assertThat(row(narrowed, "Parken").figures().respondentsHidden()).isEqualTo(Hidden.TOO_FEW);
        assertThat(row(narrowed, "Parken").figures().cell(Theme.NATURAL_SPACE).median()).isNull();
        assertThat(row(narrowed, "Torget").figures().respondents()).as("nobody to protect").hasValue(0);
    }

    @Test
    void the_overview_and_the_comparison_narrow_to_the_languages_residents_answered_in() {
        Overview arabic = analysis.overview(Filter.DEFAULT.withLanguages(EnumSet.of(Language.AR)));
        assertThat(row(arabic, "Torget").figures().respondents()).hasValue(6);
        assertThat(row(arabic, "Torget").figures().cell(Theme.MOVING_AROUND).median()).isEqualTo(6.0);
        assertThat(row(arabic, "Parken").figures().respondents()).hasValue(0);

        // Swedish and completed only: D1 without the unfinished r6 (5) and D2's 2 women.
        Filter swedishCompleted = Filter.DEFAULT.withCompletedOnly(true).withLanguages(EnumSet.of(Language.SV));
        Overview swedish = analysis.overview(swedishCompleted);
        assertThat(row(swedish, "Torget").figures().respondents()).hasValue(7);
        // 2 3 4 5 6 | 5 5 -> 2 3 4 5 5 5 6: 4th = 5.
        assertThat(row(swedish, "Torget").figures().cell(Theme.MOVING_AROUND).median()).isEqualTo(5.0);
        assertThat(row(swedish, "Torget").figures().cell(Theme.MOVING_AROUND).answered()).isEqualTo(7);

        Comparison parken = analysis.compare(Filter.DEFAULT.withLanguages(EnumSet.of(Language.SV, Language.FA)),
                List.of(new Series.AtPlace(scene.parken().id())));
        // Parken's adults in Swedish or Persian: D3 3 + D5 5.
        assertThat(parken.series().getFirst().figures().respondents()).hasValue(8);
    }

    @Test
    void compare_hides_a_dialogue_whose_place_would_give_the_rest_away() {
        // Parken's adults: D3 (3) + D5 (5) = 8; D5 shown with its place leaves D3's 3 readable.
        Comparison comparison = analysis.compare(Filter.DEFAULT, List.of(new Series.AtPlace(scene.parken().id()),
                new Series.OfDialogue(scene.d5().id()), new Series.OfDialogue(scene.d3().id())));
        assertThat(comparison.series().get(0).figures().respondents()).hasValue(8);
        assertThat(comparison.series().get(2).figures().respondentsHidden()).as("D3").isEqualTo(Hidden.TOO_FEW);
        assertThat(comparison.series().get(1).figures().respondentsHidden()).as("D5").isEqualTo(Hidden.WOULD_REVEAL);
        assertThat(comparison.series().get(1).name()).isEqualTo("Parken höst");
        assertThat(comparison.series().get(0).name()).isEqualTo("Parken");
    }

    @Test
    void compare_years_and_versions_on_normalised_positions_when_scales_differ() {
        Comparison years = analysis.compare(Filter.DEFAULT, List.of(new Series.InYear(2025), new Series.InYear(2026)));
        // 2025: D1 (6); 2026 adults: D2 8 + D3 3 + D5 5 + D6 4 = 20.
        assertThat(years.series().get(0).figures().respondents()).hasValue(6);
        assertThat(years.series().get(1).figures().respondents()).hasValue(20);
        // 2026 "Trygghet": 3 x 4, 5 x 3, 4 x 7, 2 x 5, 6 x 6 -> 3 3 3 3 3 4 4 4 5 5 6 6 6 6 6 6 7 7 7 7: (5 + 6) / 2.
        assertThat(years.series().get(1).figures().cell(Theme.FEELING_SAFE).median()).isEqualTo(5.5);
        assertThat(years.normalised()).isFalse();

        Comparison versions = analysis.compare(Filter.DEFAULT,
                List.of(new Series.InVersion(Version.VUXEN), new Series.InVersion(Version.BARN)));
        assertThat(versions.normalised()).isTrue();
        ProtectedFigures children = versions.series().get(1).figures();
        assertThat(children.scale()).isEqualTo(Scale.THREE_STEPS);
        // 1 1 2 2 3 3 -> 2, at (2 - 1) / (3 - 1) = 0.5 of the scale.
        assertThat(children.cell(Theme.PLAY_RECREATION).figures().normalisedMedian()).isEqualTo(0.5);
        // Adults "Lek": 1..6 mixed as above, 26 people, all but r6 scored it: 25 answers.
        assertThat(versions.series().get(0).figures().cell(Theme.PLAY_RECREATION).answered()).isEqualTo(25);
    }

    @Test
    void compare_carries_a_dialogues_agreed_scores() {
        // Nothing agreed in this scene: the map is empty, and a place has none.
        Comparison comparison = analysis.compare(Filter.DEFAULT,
                List.of(new Series.OfDialogue(scene.d2().id()), new Series.AtPlace(scene.torget().id())));
        assertThat(comparison.series().get(0).agreed()).isEmpty();
        assertThat(comparison.series().get(1).agreed()).isEmpty();
    }

    @Test
    void the_history_of_a_place_gives_its_dialogues_and_the_change_since_the_previous_one() {
        PlaceHistory torget = analysis.history(scene.torget().id());
        assertThat(torget.dialogues()).extracting(PlaceHistory.DialogueFigures::title)
                .containsExactly("Torget 2025", "Torget 2026");
        assertThat(torget.changes()).hasSize(1);
        PlaceHistory.VersionChange change = torget.changes().getFirst();
        assertThat(change.version()).isEqualTo(Version.VUXEN);
        Change moving = change.themes().get(Theme.MOVING_AROUND.ordinal());
        // D1 1 2 3 4 5 6 -> 3.5; D2 5 5 6 6 6 6 6 6 -> 6: up by 2.5, 6 and 8 answers.
        assertThat(moving.direction()).isEqualTo(Change.Direction.UP);
        assertThat(moving.difference()).isEqualTo(2.5);
        assertThat(moving.before().answered()).isEqualTo(6);
        assertThat(moving.after().answered()).isEqualTo(8);

        PlaceHistory parken = analysis.history(scene.parken().id());
        assertThat(parken.dialogues()).extracting(PlaceHistory.DialogueFigures::title)
                .containsExactly("Parken vår", "Parken barn", "Parken höst");
        Change hidden = parken.changes().getFirst().themes().get(Theme.FEELING_SAFE.ordinal());
        // D3 has only 3 people: the change from it to D5 is hidden.
        assertThat(hidden.isHidden()).isTrue();
        assertThat(hidden.direction()).isNull();
        assertThat(hidden.after().median()).as("D5 itself is shown").isEqualTo(3.0);
    }

    @Test
    void another_organisations_place_or_dialogue_is_not_found() {
        long place = scene.torget().id();
        long dialogue = scene.d1().id();
        tenants.signInAs(tenants.newStaff(tenants.newOrganisation().id(), Role.ANALYST));
        assertThatThrownBy(() -> analysis.history(place)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> analysis.compare(Filter.DEFAULT, List.of(new Series.AtPlace(place))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> analysis.compare(Filter.DEFAULT, List.of(new Series.OfDialogue(dialogue))))
                .isInstanceOf(NotFoundException.class);
        assertThat(analysis.overview(Filter.DEFAULT).places()).isEmpty();
        assertThat(analysis.compare(Filter.DEFAULT, List.of(new Series.Everyone())).series().getFirst().figures()
                .respondents()).hasValue(0);
    }
}
