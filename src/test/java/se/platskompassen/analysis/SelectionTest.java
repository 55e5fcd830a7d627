package se.platskompassen.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.Gender;

class SelectionTest {

    private static Selection of(Set<Long> dialogues, BackgroundGroup group) {
        return new Selection(dialogues, group, Scale.SEVEN_STEPS);
    }

    private static Selection of(Set<Long> dialogues) {
        return new Selection(dialogues, null, Scale.SEVEN_STEPS);
    }

    @Test
    void a_group_lies_inside_everyone_and_groups_of_one_question_are_one_family() {
        Selection everyone = of(Set.of(1L, 2L));
        Selection women = of(Set.of(1L, 2L), BackgroundGroup.of(Gender.WOMAN));
        Selection men = of(Set.of(1L, 2L), BackgroundGroup.of(Gender.MAN));
        assertThat(Selection.nestings(List.of(everyone, women, men)))
                .containsExactlyInAnyOrder(Nesting.of(0, 1), Nesting.of(0, 2), Nesting.of(0, 1, 2));
    }

    @Test
    void a_dialogue_lies_inside_its_place_and_places_lie_apart() {
        Selection place = of(Set.of(1L, 2L));
        Selection dialogue = of(Set.of(2L));
        Selection otherPlace = of(Set.of(3L, 4L));
        assertThat(Selection.nestings(List.of(place, dialogue, otherPlace))).containsExactly(Nesting.of(0, 1));
    }

    @Test
    void overlapping_parts_are_checked_one_by_one_but_not_added_up() {
        // A year (dialogues 1, 2) and a place (2, 3) inside everyone (1, 2, 3) share dialogue 2.
        Selection everyone = of(Set.of(1L, 2L, 3L));
        Selection year = of(Set.of(1L, 2L));
        Selection place = of(Set.of(2L, 3L));
        assertThat(Selection.nestings(List.of(everyone, year, place)))
                .containsExactlyInAnyOrder(Nesting.of(0, 1), Nesting.of(0, 2));
    }

    @Test
    void a_repeated_or_identical_selection_adds_no_nesting() {
        Selection place = of(Set.of(1L));
        Selection itsOnlyDialogue = of(Set.of(1L));
        assertThat(Selection.nestings(List.of(place, itsOnlyDialogue))).isEmpty();
        assertThat(Selection.nestings(List.of(of(Set.of(1L, 2L)), of(Set.of(1L)), of(Set.of(1L)))))
                .containsExactly(Nesting.of(0, 1));
    }

    @Test
    void series_read_back_what_they_write_and_nothing_else() {
        List<Series> all = List.of(new Series.Everyone(), new Series.AtPlace(12), new Series.OfDialogue(7),
                new Series.InYear(2025), new Series.OfGroup(BackgroundGroup.of(Gender.NON_BINARY)),
                new Series.OfGroup(BackgroundGroup.area("Norra Norrbacka")), new Series.InVersion(Version.BARN),
                new Series.OfGroup(BackgroundGroup.of(Language.SV_EASY)));
        for (Series series : all) {
            assertThat(Series.parse(Series.token(series))).hasValue(series);
        }
        for (String nonsense : List.of("", "place:x", "group:GENDER:ROBOT", "group:SHOE:41", "version:senior", "x:1",
                "group:LANGUAGE:klingon", "group:LANGUAGE:SV_EASY")) {
            assertThat(Series.parse(nonsense)).as(nonsense).isEmpty();
        }
    }

    @Test
    void a_language_group_is_named_by_its_bcp47_code_and_languages_are_one_family() {
        BackgroundGroup easy = BackgroundGroup.of(Language.SV_EASY);
        assertThat(easy.value()).isEqualTo("sv-x-easy");
        assertThat(Series.token(new Series.OfGroup(easy))).isEqualTo("group:LANGUAGE:sv-x-easy");
        assertThat(BackgroundGroup.parse("LANGUAGE:SV-X-Easy")).as("read whatever the case").hasValue(easy);
        assertThat(Language.values()).allSatisfy(language -> assertThat(BackgroundGroup.parse("LANGUAGE:"
                + language.code())).hasValue(BackgroundGroup.of(language)));

        Selection everyone = of(Set.of(1L, 2L));
        Selection arabic = of(Set.of(1L, 2L), BackgroundGroup.of(Language.AR));
        Selection persian = of(Set.of(1L, 2L), BackgroundGroup.of(Language.FA));
        assertThat(Selection.nestings(List.of(everyone, arabic, persian)))
                .containsExactlyInAnyOrder(Nesting.of(0, 1), Nesting.of(0, 2), Nesting.of(0, 1, 2));
    }

    @Test
    void a_filter_narrows_to_at_least_one_language_and_all_of_them_is_no_narrowing() {
        assertThat(Filter.DEFAULT.languages()).containsExactlyInAnyOrder(Language.values());
        assertThat(Filter.DEFAULT.narrowsLanguages()).isFalse();
        Filter arabic = Filter.DEFAULT.withLanguages(EnumSet.of(Language.AR));
        assertThat(arabic.narrowsLanguages()).isTrue();
        assertThat(arabic.narrowsResponses()).isTrue();
        assertThat(arabic.withCompletedOnly(true).languages()).containsExactly(Language.AR);
        assertThatThrownBy(() -> Filter.DEFAULT.withLanguages(EnumSet.noneOf(Language.class)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_filter_keeps_to_one_scale_and_an_ordered_period() {
        assertThatThrownBy(() -> Filter.DEFAULT.withVersions(EnumSet.of(Version.VUXEN, Version.BARN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Filter.DEFAULT.withModes(EnumSet.noneOf(CollectionMode.class)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Filter.DEFAULT.withPeriod(LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Filter.DEFAULT.narrowsResponses()).isFalse();
        assertThat(Filter.DEFAULT.withCompletedOnly(true).narrowsResponses()).isTrue();
        assertThat(Filter.DEFAULT.withModes(EnumSet.of(CollectionMode.PAPER)).narrowsResponses()).isTrue();
    }
}
