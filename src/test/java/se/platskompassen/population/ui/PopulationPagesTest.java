package se.platskompassen.population.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.population.PlacePopulation;
import se.platskompassen.population.PopulationCell;
import se.platskompassen.population.PopulationService;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AgeBand;
import se.platskompassen.response.Background;
import se.platskompassen.response.Gender;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/** The population on the place page and who answered on the dialogue page, as staff use them. */
class PopulationPagesTest extends KaribuTest {

    static final PopulationCell YOUNG_MEN = new PopulationCell(AgeBand.AGE_18_29, Gender.MAN);

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired PopulationService population;

    /** Ten women aged 30–49 scored 6 everywhere, five young men scored 2; the org's admin is signed in. */
    private Dialogue answered() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        respondents.in(dialogue).count(10).background(new Background(AgeBand.AGE_30_49, Gender.WOMAN, null, null))
                .scoreEveryTheme(6).record();
        respondents.in(dialogue).count(5).background(new Background(AgeBand.AGE_18_29, Gender.MAN, null, null))
                .scoreEveryTheme(2).record();
        return dialogue;
    }

    private static TextField cellField(String label) {
        return _find(TextField.class).stream().filter(field -> label.equals(field.getAriaLabel().orElse(null)))
                .findFirst().orElseThrow(() -> new AssertionError("No field " + label));
    }

    private static java.util.List<String> row(Grid<?> grid, int index) {
        return GridKt._getFormattedRow(grid, index).stream().map(cell -> cell.replace('\u00a0', ' ')).toList();
    }

    @Test
    void staff_type_in_the_population_and_see_the_respondents_beside_it() {
        Dialogue dialogue = answered();
        navigate("places/" + dialogue.placeId());
        assertThat(_get(PlacePopulationSection.class).getElement().getTextRecursively())
                .contains("Ingen befolkning är angiven");

        _click(_get(Button.class, spec -> spec.withText("Ange befolkning")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Siffrornas år")), "2024");
        _setValue(cellField("Kvinnor, 30–49 år"), "100");
        _setValue(cellField("Män, 18–29 år"), "300");
        _setValue(cellField("Kvinnor, 18–29 år"), "100");
        _click(_get(PopulationEditor.class).save);

        assertThat(population.of(dialogue.placeId()).orElseThrow().people(YOUNG_MEN)).isEqualTo(300);
        String section = _get(PlacePopulationSection.class).getElement().getTextRecursively();
        assertThat(section).contains("Befolkning 2024").contains("minst 5 % av befolkningen");
        Grid<?> byCell = _find(Grid.class).stream().filter(grid -> "Efter ålder och kön"
                .equals(grid.getAriaLabel().orElse(null))).findFirst().orElseThrow();
        // Young women: 0 of 15 answered against 100 of 500 residents (20 %): under-represented.
        // Young men: 5 of 15 (33 %) against 300 of 500 (60 %): 5 < 0.6 / 2 × 15 = 4.5 is false, not flagged.
        assertThat(row(byCell, 2).subList(0, 5)).containsExactly("Kvinnor, 18–29 år", "0", "0 %", "20 %", "100");
        assertThat(row(byCell, 2).get(5)).contains("Underrepresenterad");
        assertThat(row(byCell, 3).subList(0, 5)).containsExactly("Män, 18–29 år", "5", "33 %", "60 %", "300");
        assertThat(row(byCell, 3).get(5)).doesNotContain("Underrepresenterad");
    }

    @Test
    void a_file_with_problems_lists_every_one_and_fills_nothing_and_a_good_one_fills_the_fields() {
        Dialogue dialogue = answered();
        navigate("places/" + dialogue.placeId());
        _click(_get(Button.class, spec -> spec.withText("Ange befolkning")));

        UploadKt._upload(_get(PopulationEditor.class).getChildren().flatMap(c -> c.getChildren())
                .filter(Upload.class::isInstance).map(Upload.class::cast).findFirst().orElseThrow(), "folk.csv",
                "text/csv", "ålder;kön;2024\n15-19 år;män;4\n30 år;båda;5\n".getBytes(StandardCharsets.UTF_8));

        PopulationEditor editor = _get(PopulationEditor.class);
        assertThat(editor.problems.getElement().getTextRecursively()).contains("Filen har 2 problem");
        Grid<?> problems = _get(editor.problems, Grid.class);
        assertThat(GridKt._size(problems)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(problems, 0).get(1)).contains("15-19 år").contains("13–17 år")
                .contains("18–29 år");
        assertThat(cellField("Män, 30–49 år").getValue()).isEmpty();

        editor.take(se.platskompassen.population.PopulationCsv.read(
                "ålder;kön;2023\n30 år;män;40\n31 år;män;2\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(cellField("Män, 30–49 år").getValue()).isEqualTo("42");
        assertThat(editor.year.getValue()).isEqualTo("2023");
        _click(editor.save);
        assertThat(population.of(dialogue.placeId()).orElseThrow().year()).isEqualTo(2023);
    }

    @Test
    void the_dialogue_page_shows_who_answered_and_the_weighted_compass_behind_a_toggle() {
        Dialogue dialogue = answered();
        population.save(dialogue.placeId(), new PlacePopulation(2024, "SCB", Map.of(YOUNG_MEN, 100L,
                new PopulationCell(AgeBand.AGE_30_49, Gender.WOMAN), 100L)), false);
        navigate("dialogues/" + dialogue.id());

        WeightedPanel panel = _get(WeightedPanel.class);
        assertThat(panel.weights.isVisible()).isFalse();
        _setValue(panel.toggle, true);

        // Residents 100 and 100 (shares 0.5); respondents 5 and 10 of 15: weights 0.5 / (1/3) = 1.5
        // for young men and 0.5 / (2/3) = 0.75 for the women.
        assertThat(panel.weights.isVisible()).isTrue();
        Grid<?> weights = _get(panel.weights, Grid.class);
        String all = panel.weights.getElement().getTextRecursively();
        assertThat(GridKt._size(weights)).isEqualTo(12);
        assertThat(GridKt._getFormattedRow(weights, 3)).containsExactly("Män, 18–29 år", "1,50");
        assertThat(GridKt._getFormattedRow(weights, 4)).containsExactly("Kvinnor, 30–49 år", "0,75");
        assertThat(all).contains("0 svarande har inte angett ålder");
        assertThat(panel.getElement().getTextRecursively()).contains("Viktade siffror visas");
        assertThat(Theme.values()).isNotEmpty();
    }

    @Test
    void the_comparison_weights_a_dialogue_whose_place_has_figures_and_says_which_series_are_not() {
        Dialogue dialogue = answered();
        population.save(dialogue.placeId(), new PlacePopulation(2024, "SCB", Map.of(YOUNG_MEN, 100L,
                new PopulationCell(AgeBand.AGE_30_49, Gender.WOMAN), 100L)), false);
        navigate("compare?s=dialogue:" + dialogue.id() + "&s=all");

        ComparisonWeighting weighting = _get(ComparisonWeighting.class);
        _setValue(_get(weighting, com.vaadin.flow.component.checkbox.Checkbox.class), true);

        String note = weighting.getElement().getTextRecursively();
        assertThat(note).contains("Viktade serier").contains("Inte viktade").endsWith(": Alla svar.");
    }

    @Test
    void the_comparison_shows_who_answered_beside_the_population_for_a_series_whose_place_has_figures() {
        Dialogue dialogue = answered();
        population.save(dialogue.placeId(), new PlacePopulation(2024, "SCB", Map.of(YOUNG_MEN, 300L,
                new PopulationCell(AgeBand.AGE_30_49, Gender.WOMAN), 100L,
                new PopulationCell(AgeBand.AGE_18_29, Gender.WOMAN), 100L)), false);
        navigate("compare?s=dialogue:" + dialogue.id() + "&s=all");

        ComparisonRepresentation shown = _get(ComparisonRepresentation.class);
        assertThat(_find(shown, RepresentationTable.class)).as("only the dialogue: everyone spans places")
                .hasSize(1);
        String text = shown.getElement().getTextRecursively();
        assertThat(text).contains("minst 5 % av befolkningen").contains("Inte med: Alla svar.");
        Grid<?> byCell = _find(shown, Grid.class).stream().filter(grid -> "Efter ålder och kön"
                .equals(grid.getAriaLabel().orElse(null))).findFirst().orElseThrow();
        // The same rule as on the place page: young women 0 of 15 against 20 % are flagged.
        assertThat(row(byCell, 2).subList(0, 5)).containsExactly("Kvinnor, 18–29 år", "0", "0 %", "20 %", "100");
        assertThat(row(byCell, 2).get(5)).contains("Underrepresenterad");
        assertThat(row(byCell, 3).subList(0, 2)).containsExactly("Män, 18–29 år", "5");

        navigate("compare?s=all");
        assertThat(_find(_get(ComparisonRepresentation.class), RepresentationTable.class)).isEmpty();
    }
}
