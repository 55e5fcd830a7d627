package se.platskompassen.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.platskompassen.paper.PaperCodes.Problem;
import se.platskompassen.paper.PaperEntry.Cell;
import se.platskompassen.paper.PaperEntry.Field;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.Background;
import se.platskompassen.response.Gender;
import se.platskompassen.response.Relation;

class PaperEntryTest {

    private static TypedForm typed(String number, String age, String gender, String relation, String area,
            Map<Theme, String> scores) {
        return new TypedForm(number, age, gender, relation, area, scores, Map.of(), Map.of());
    }

    @Test
    void a_score_is_its_digit_and_an_empty_cell_a_dash_or_a_zero_is_a_skip() {
        assertThat(PaperCodes.score(Scale.SEVEN_STEPS, "7").value()).isEqualTo(7);
        assertThat(PaperCodes.score(Scale.SEVEN_STEPS, " 1 ").value()).isEqualTo(1);
        for (String skip : new String[] {"", " ", "-", "0", "–"}) {
            assertThat(PaperCodes.score(Scale.SEVEN_STEPS, skip)).as("'%s'", skip)
                    .satisfies(read -> assertThat(read.ok()).isTrue())
                    .satisfies(read -> assertThat(read.value()).isNull());
        }
    }

    @Test
    void a_digit_off_the_scale_or_anything_else_is_a_problem_never_a_guess() {
        assertThat(PaperCodes.score(Scale.SEVEN_STEPS, "8").problem())
                .isEqualTo(new Problem("paper.entry.invalid.score", 1, 7));
        assertThat(PaperCodes.score(Scale.THREE_STEPS, "4").problem())
                .isEqualTo(new Problem("paper.entry.invalid.score", 1, 3));
        for (String wrong : new String[] {"45", "x", "3.5", "+3", "-1", "٣"}) {
            assertThat(PaperCodes.score(Scale.SEVEN_STEPS, wrong).ok()).as("'%s'", wrong).isFalse();
        }
    }

    @Test
    void a_choice_code_is_its_position_on_the_form() {
        assertThat(PaperCodes.choice(AgeBand.askedIn(Version.VUXEN), "1").value()).isEqualTo(AgeBand.AGE_13_17);
        assertThat(PaperCodes.choice(AgeBand.askedIn(Version.UNGDOM), "1").value()).isEqualTo(AgeBand.UNDER_13);
        assertThat(PaperCodes.choice(PaperCodes.genders(), "3").value()).isEqualTo(Gender.NON_BINARY);
        assertThat(PaperCodes.choice(PaperCodes.relations(), "5").problem())
                .isEqualTo(new Problem("paper.entry.invalid.choice", 4));
        assertThat(AgeBand.askedIn(Version.BARN)).isEmpty();
    }

    @Test
    void a_whole_row_becomes_an_entry_with_every_theme_skipped_where_the_form_has_no_score() {
        Map<Theme, String> scores = new EnumMap<>(Theme.class);
        scores.put(Theme.MOVING_AROUND, "5");
        scores.put(Theme.FEELING_SAFE, "2");
        scores.put(Theme.NATURAL_SPACE, "-");
        UUID id = UUID.randomUUID();
        TypedForm form = new TypedForm(" 12 ", "2", "1", "4", "2", scores,
                Map.of(Theme.FEELING_SAFE, "  Mörkt vid tunneln  "), Map.of(Theme.FEELING_SAFE, "Mer ljus"));

        PaperEntry entry = PaperEntry.read(id, Language.EN, Version.VUXEN, List.of("Norr", "Söder"), form).entry();

        assertThat(entry).isNotNull();
        assertThat(entry.responseId()).isEqualTo(id);
        assertThat(entry.formNumber()).isEqualTo("12");
        assertThat(entry.language()).isEqualTo(Language.EN);
        assertThat(entry.background()).isEqualTo(new Background(AgeBand.AGE_18_29, Gender.WOMAN, Relation.VISIT, "Söder"));
        assertThat(entry.answers()).hasSize(Theme.COUNT);
        assertThat(entry.score(Theme.MOVING_AROUND)).isEqualTo(5);
        assertThat(entry.score(Theme.FEELING_SAFE)).isEqualTo(2);
        assertThat(entry.score(Theme.NATURAL_SPACE)).isNull();
        assertThat(entry.score(Theme.INFLUENCE_CONTROL)).isNull();
        assertThat(entry.answers().get(Theme.FEELING_SAFE.ordinal()).worksWell()).isEqualTo("Mörkt vid tunneln");
        assertThat(entry.answers().get(Theme.FEELING_SAFE.ordinal()).couldBeBetter()).isEqualTo("Mer ljus");
    }

    @Test
    void every_wrong_cell_is_named_and_nothing_is_read_from_a_row_with_a_problem() {
        Map<Theme, String> scores = new EnumMap<>(Theme.class);
        scores.put(Theme.MOVING_AROUND, "4");
        scores.put(Theme.PUBLIC_TRANSPORT, "9");
        PaperEntry.Reading reading = PaperEntry.read(UUID.randomUUID(), Language.SV, Version.BARN, List.of(),
                typed("", "7", "4", "1", "", scores));

        assertThat(reading.entry()).isNull();
        assertThat(reading.problems()).containsOnlyKeys(Cell.of(Field.FORM_NUMBER), Cell.of(Field.GENDER),
                Cell.of(Field.SCORE, Theme.MOVING_AROUND), Cell.of(Field.SCORE, Theme.PUBLIC_TRANSPORT));
        assertThat(reading.problems().get(Cell.of(Field.SCORE, Theme.MOVING_AROUND)))
                .isEqualTo(new Problem("paper.entry.invalid.score", 1, 3));
    }

    @Test
    void a_form_with_a_number_but_no_answer_at_all_is_not_a_response() {
        PaperEntry.Reading reading = PaperEntry.read(UUID.randomUUID(), Language.SV, Version.VUXEN, List.of(),
                typed("3", "", "-", "0", "", Map.of()));

        assertThat(reading.entry()).isNull();
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.formProblem()).isEqualTo(new Problem("paper.entry.empty"));
    }

    @Test
    void a_form_number_is_required_and_short() {
        assertThat(PaperCodes.formNumber("  ").problem()).isEqualTo(new Problem("paper.entry.invalid.formNumber.missing"));
        assertThat(PaperCodes.formNumber("x".repeat(21)).ok()).isFalse();
        assertThat(PaperCodes.formNumber("A-17").value()).isEqualTo("A-17");
    }

    @Test
    void in_a_dialogue_with_the_climate_lens_each_themes_climate_cell_is_read_like_its_score() {
        Map<Theme, String> climate = new EnumMap<>(Theme.class);
        climate.put(Theme.MOVING_AROUND, "6");
        climate.put(Theme.NATURAL_SPACE, "0");
        TypedForm form = new TypedForm("4", "", "", "", "", Map.of(Theme.MOVING_AROUND, "3"), Map.of(), Map.of(),
                climate);

        PaperEntry entry = PaperEntry.read(UUID.randomUUID(), Language.SV, Version.VUXEN, List.of(), true, form)
                .entry();

        assertThat(entry).isNotNull();
        assertThat(entry.climateScores()).hasSize(Theme.COUNT).containsEntry(Theme.MOVING_AROUND, 6)
                .containsEntry(Theme.NATURAL_SPACE, null).containsEntry(Theme.FEELING_SAFE, null);
        assertThat(entry.score(Theme.MOVING_AROUND)).isEqualTo(3);
    }

    @Test
    void a_climate_digit_off_the_scale_is_refused_with_the_theme_scores_message() {
        TypedForm form = new TypedForm("4", "", "", "", "", Map.of(), Map.of(), Map.of(),
                Map.of(Theme.PLAY_RECREATION, "4"));

        PaperEntry.Reading reading = PaperEntry.read(UUID.randomUUID(), Language.SV, Version.BARN, List.of(), true,
                form);

        assertThat(reading.entry()).isNull();
        assertThat(reading.problems()).containsOnlyKeys(Cell.of(Field.CLIMATE, Theme.PLAY_RECREATION));
        assertThat(reading.problems().get(Cell.of(Field.CLIMATE, Theme.PLAY_RECREATION)))
                .isEqualTo(new Problem("paper.entry.invalid.score", 1, 3));
    }

    @Test
    void a_row_with_only_a_climate_score_is_a_response_and_without_the_lens_the_climate_cells_are_not_read() {
        TypedForm form = new TypedForm("4", "", "", "", "", Map.of(), Map.of(), Map.of(),
                Map.of(Theme.CARE_MAINTENANCE, "5"));

        assertThat(PaperEntry.read(UUID.randomUUID(), Language.SV, Version.VUXEN, List.of(), true, form).valid())
                .isPresent();
        PaperEntry.Reading without = PaperEntry.read(UUID.randomUUID(), Language.SV, Version.VUXEN, List.of(), form);
        assertThat(without.formProblem()).isEqualTo(new Problem("paper.entry.empty"));
    }
}
