package se.platskompassen.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.platskompassen.live.ReleaseRule.ThemeState;
import se.platskompassen.questionnaire.Theme;

/** When a projector's picture may change: never by fewer than the minimum of answers to a theme. */
class ReleaseRuleTest {

    private final ReleaseRule rule = new ReleaseRule(3);

    private static Map<Theme, ThemeState> themes(ThemeState moving, ThemeState safe) {
        Map<Theme, ThemeState> themes = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            themes.put(theme, new ThemeState(0, 0, 0, 0));
        }
        themes.put(Theme.MOVING_AROUND, moving);
        themes.put(Theme.FEELING_SAFE, safe);
        return themes;
    }

    private static ThemeState shownWith(long released, long waiting) {
        return new ThemeState(released + waiting, waiting, released, released);
    }

    @Test
    void a_theme_that_shows_figures_changes_only_by_at_least_three_answers() {
        assertThat(rule.mayChange(shownWith(5, 1))).isFalse();
        assertThat(rule.mayChange(shownWith(5, 2))).isFalse();
        assertThat(rule.mayChange(shownWith(5, 3))).isTrue();
        assertThat(rule.mayChange(shownWith(5, 0))).as("nothing to release").isFalse();
    }

    @Test
    void a_changed_answer_counts_as_waiting_like_a_new_one() {
        // Five answers in all, as before, but one of them saved again since the release.
        assertThat(rule.mayChange(new ThemeState(5, 1, 5, 5))).isFalse();
    }

    @Test
    void a_theme_that_showed_nothing_may_change_with_any_answer_as_it_shows_nothing_or_a_whole_group() {
        assertThat(rule.mayChange(new ThemeState(1, 1, 0, 0))).isTrue();
        assertThat(rule.mayChange(new ThemeState(3, 1, 2, 2))).isTrue();
        assertThat(rule.mayChange(new ThemeState(4, 1, 3, 2)))
                .as("three answers, one of them skipped, showed nothing").isTrue();
    }

    @Test
    void answers_taken_away_by_staff_let_the_theme_change() {
        assertThat(rule.mayChange(new ThemeState(3, 0, 6, 6))).isTrue();
    }

    @Test
    void the_automatic_release_waits_while_any_theme_holds_fewer_than_three_new_answers() {
        Map<Theme, ThemeState> themes = themes(shownWith(3, 3), shownWith(3, 1));
        assertThat(rule.automatic(themes)).isEmpty();
        assertThat(rule.automatic(themes(shownWith(3, 3), shownWith(3, 4))))
                .containsExactlyInAnyOrder(Theme.MOVING_AROUND, Theme.FEELING_SAFE);
        assertThat(rule.automatic(themes(shownWith(3, 3), shownWith(3, 0)))).containsExactly(Theme.MOVING_AROUND);
    }

    @Test
    void show_releases_the_themes_with_enough_new_answers_and_leaves_the_others_waiting() {
        assertThat(rule.onShow(themes(shownWith(3, 3), shownWith(3, 1)))).containsExactly(Theme.MOVING_AROUND);
        assertThat(rule.onShow(themes(shownWith(3, 2), shownWith(3, 1)))).isEmpty();
    }
}
