package se.platskompassen.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;

/** The small-group rule on hand-worked cases, with the default minimum of 5. */
class SmallGroupsTest {

    private final SmallGroups rule = new SmallGroups(5);

    /** A group of {@code respondents} where {@code answered} people scored every theme {@code score}. */
    private static ScoreCounts group(long respondents, long answered, int score) {
        ScoreCounts.Builder counts = ScoreCounts.on(Scale.SEVEN_STEPS).respondents(respondents);
        for (Theme theme : Theme.values()) {
            counts.add(theme, score, answered);
        }
        return counts.build();
    }

    @Test
    void one_to_four_people_are_too_few_and_zero_and_five_are_not() {
        assertThat(rule.tooSmall(0)).isFalse();
        assertThat(rule.tooSmall(1)).isTrue();
        assertThat(rule.tooSmall(4)).isTrue();
        assertThat(rule.tooSmall(5)).isFalse();
        assertThat(new SmallGroups(8).tooSmall(7)).isTrue();
        assertThatThrownBy(() -> new SmallGroups(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_group_of_four_is_hidden_whole_and_a_group_of_five_is_shown() {
        ProtectedFigures four = rule.protect(group(4, 4, 6));
        assertThat(four.isHidden()).isTrue();
        assertThat(four.respondents()).isEmpty();
        assertThat(four.respondentsHidden()).isEqualTo(Hidden.TOO_FEW);
        for (Theme theme : Theme.values()) {
            assertThat(four.cell(theme).hidden()).isEqualTo(Hidden.TOO_FEW);
            assertThat(four.cell(theme).median()).isNull();
            assertThat(four.figures().theme(theme).answered()).as("nothing hidden stays in the figures").isZero();
            assertThat(four.counts().count(theme, 6)).isZero();
        }

        ProtectedFigures five = rule.protect(group(5, 5, 6));
        assertThat(five.anyHidden()).isFalse();
        assertThat(five.respondents()).hasValue(5);
        assertThat(five.cell(Theme.FEELING_SAFE).median()).isEqualTo(6.0);
        assertThat(five.cell(Theme.FEELING_SAFE).answered()).isEqualTo(5);
    }

    @Test
    void a_theme_that_fewer_than_five_scored_is_hidden_in_a_group_large_enough() {
        // 12 respondents; "Trygghet" scored by 3 (scores 1, 2, 2), skipped by 9; "Natur" by 5: 3, 4, 4, 5, 7.
        ScoreCounts counts = ScoreCounts.on(Scale.SEVEN_STEPS).respondents(12)
                .add(Theme.FEELING_SAFE, 1, 1).add(Theme.FEELING_SAFE, 2, 2).add(Theme.FEELING_SAFE, null, 9)
                .add(Theme.NATURAL_SPACE, 3, 1).add(Theme.NATURAL_SPACE, 4, 2).add(Theme.NATURAL_SPACE, 5, 1)
                .add(Theme.NATURAL_SPACE, 7, 1).build();
        ProtectedFigures shown = rule.protect(counts);

        assertThat(shown.respondents()).hasValue(12);
        assertThat(shown.cell(Theme.FEELING_SAFE).hidden()).isEqualTo(Hidden.TOO_FEW);
        assertThat(shown.counts().count(Theme.FEELING_SAFE, 2)).isZero();
        ProtectedThemeFigures nature = shown.cell(Theme.NATURAL_SPACE);
        assertThat(nature.isHidden()).isFalse();
        // 3 4 4 5 7: median 4; lower half 3 4 4 -> 4, upper half 4 5 7 -> 5.
        assertThat(nature.median()).isEqualTo(4.0);
        assertThat(nature.figures().lowerQuartile()).isEqualTo(4.0);
        assertThat(nature.figures().upperQuartile()).isEqualTo(5.0);
        assertThat(shown.cell(Theme.PLAY_RECREATION).isHidden()).as("nobody scored it: nothing to hide").isFalse();
        assertThat(shown.cell(Theme.PLAY_RECREATION).hasMedian()).isFalse();
    }

    @Test
    void all_and_all_but_women_hide_all_but_women_when_the_women_are_fewer_than_five() {
        // All: 12 people; all but women: 9 people. The difference, 3 women, would be readable.
        ScoreCounts all = group(12, 12, 4);
        ScoreCounts allButWomen = group(9, 9, 5);
        List<ProtectedFigures> shown = rule.protect(List.of(all, allButWomen), List.of(Nesting.of(0, 1)));

        assertThat(shown.get(0).anyHidden()).as("all").isFalse();
        assertThat(shown.get(0).cell(Theme.MOVING_AROUND).median()).isEqualTo(4.0);
        assertThat(shown.get(1).respondentsHidden()).as("all but women").isEqualTo(Hidden.WOULD_REVEAL);
        assertThat(shown.get(1).cell(Theme.MOVING_AROUND).hidden()).isEqualTo(Hidden.WOULD_REVEAL);
        assertThat(shown.get(1).cell(Theme.MOVING_AROUND).median()).isNull();
    }

    @Test
    void a_difference_of_five_or_of_nobody_is_shown() {
        List<ProtectedFigures> fiveApart = rule.protect(List.of(group(14, 14, 4), group(9, 9, 5)),
                List.of(Nesting.of(0, 1)));
        assertThat(fiveApart).noneMatch(ProtectedFigures::anyHidden);

        List<ProtectedFigures> same = rule.protect(List.of(group(9, 9, 4), group(9, 9, 4)), List.of(Nesting.of(0, 1)));
        assertThat(same).noneMatch(ProtectedFigures::anyHidden);
    }

    @Test
    void a_difference_counts_theme_by_theme() {
        // 20 and 15 people, 5 apart; but on "Trygghet" 15 and 12 answered, 3 apart.
        ScoreCounts all = ScoreCounts.on(Scale.SEVEN_STEPS).respondents(20).add(Theme.FEELING_SAFE, 3, 15)
                .add(Theme.NATURAL_SPACE, 6, 20).build();
        ScoreCounts part = ScoreCounts.on(Scale.SEVEN_STEPS).respondents(15).add(Theme.FEELING_SAFE, 3, 12)
                .add(Theme.NATURAL_SPACE, 6, 15).build();
        List<ProtectedFigures> shown = rule.protect(List.of(all, part), List.of(Nesting.of(0, 1)));

        assertThat(shown.get(1).respondents()).hasValue(15);
        assertThat(shown.get(1).cell(Theme.NATURAL_SPACE).isHidden()).isFalse();
        assertThat(shown.get(1).cell(Theme.FEELING_SAFE).hidden()).as("15 - 12 = 3 would be readable")
                .isEqualTo(Hidden.WOULD_REVEAL);
        assertThat(shown.get(0).anyHidden()).isFalse();
    }

    @Test
    void a_hidden_small_group_cannot_be_worked_out_from_its_parent_and_siblings() {
        // Everyone 100 = women 50 + men 47 + non-binary 3. Non-binary is too few; then everyone
        // minus women minus men is 3, so the next smallest shown part (men) goes too; 100 - 50 = 50.
        List<ProtectedFigures> shown = rule.protect(
                List.of(group(100, 100, 4), group(50, 50, 3), group(47, 47, 5), group(3, 3, 7)),
                List.of(Nesting.of(0, 1, 2, 3)));

        assertThat(shown.get(3).respondentsHidden()).isEqualTo(Hidden.TOO_FEW);
        assertThat(shown.get(2).respondentsHidden()).isEqualTo(Hidden.WOULD_REVEAL);
        assertThat(shown.get(1).anyHidden()).isFalse();
        assertThat(shown.get(0).anyHidden()).isFalse();
    }

    @Test
    void parts_that_add_up_to_the_whole_hide_nothing_more() {
        // Everyone 100 = women 50 + men 50: the remainder is 0, nobody to work out.
        List<ProtectedFigures> shown = rule.protect(List.of(group(100, 100, 4), group(50, 50, 3), group(50, 50, 5)),
                List.of(Nesting.of(0, 1, 2)));
        assertThat(shown).noneMatch(ProtectedFigures::anyHidden);
    }

    @Test
    void a_change_is_hidden_when_either_side_is_and_shows_the_direction_otherwise() {
        ProtectedFigures before = rule.protect(group(10, 10, 3));
        ProtectedFigures after = rule.protect(group(8, 8, 5));
        ProtectedFigures tiny = rule.protect(group(4, 4, 6));

        Change up = rule.change(before, after, Theme.FEELING_SAFE);
        assertThat(up.direction()).isEqualTo(Change.Direction.UP);
        assertThat(up.difference()).isEqualTo(2.0);
        assertThat(up.before().answered()).isEqualTo(10);
        assertThat(up.after().answered()).isEqualTo(8);
        assertThat(rule.change(after, before, Theme.FEELING_SAFE).direction()).isEqualTo(Change.Direction.DOWN);
        assertThat(rule.change(before, before, Theme.FEELING_SAFE).direction()).isEqualTo(Change.Direction.SAME);

        Change hidden = rule.change(before, tiny, Theme.FEELING_SAFE);
        assertThat(hidden.isHidden()).isTrue();
        assertThat(hidden.hidden()).isEqualTo(Hidden.TOO_FEW);
        assertThat(hidden.direction()).isNull();
        assertThat(hidden.difference()).isNull();
        assertThat(hidden.after().median()).isNull();
        assertThat(rule.change(tiny, after, Theme.FEELING_SAFE).isHidden()).isTrue();
    }

    @Test
    void a_change_between_scales_is_on_normalised_positions() {
        // Adults: median 4 of 1-7 = 0.5. Children: median 3 of 1-3 = 1.0. Up by 0.5.
        ProtectedFigures adults = rule.protect(group(10, 10, 4));
        ScoreCounts.Builder children = ScoreCounts.on(Scale.THREE_STEPS).respondents(6);
        for (Theme theme : Theme.values()) {
            children.add(theme, 3, 6);
        }
        Change change = rule.change(adults, rule.protect(children.build()), Theme.PLAY_RECREATION);
        assertThat(change.direction()).isEqualTo(Change.Direction.UP);
        assertThat(change.difference()).isEqualTo(0.5);
    }

    @Test
    void a_change_without_a_median_on_one_side_is_missing_not_hidden() {
        ProtectedFigures before = rule.protect(ScoreCounts.on(Scale.SEVEN_STEPS).respondents(6)
                .add(Theme.WORK_ECONOMY, null, 6).build());
        Change change = rule.change(before, rule.protect(group(10, 10, 4)), Theme.WORK_ECONOMY);
        assertThat(change.isHidden()).isFalse();
        assertThat(change.direction()).isNull();
    }
}
