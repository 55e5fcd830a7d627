package se.platskompassen.analysis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.analysis.AnalysisScene;
import se.platskompassen.analysis.AnalysisService;
import se.platskompassen.compass.ui.CompassView;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

class CompareViewTest extends KaribuTest {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired PlaceService places;
    @Autowired DialogueService dialogues;
    @Autowired AnalysisService analysis;
    @Autowired JdbcClient jdbc;

    private static SeriesPicker picker() {
        return _get(SeriesPicker.class);
    }

    /** Chooses a kind and then which one, in the row of series {@code number} (1-based). */
    private static void choose(int number, SeriesKind kind, String which) {
        SeriesPicker.Row row = picker().shown.get(number - 1);
        _setValue(row.kind, kind);
        var option = row.which.getListDataView().getItems().filter(o -> o.label().equals(which)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + which + " among " + kind));
        _setValue(row.which, option);
    }

    private static String table() {
        return _get(ComparisonTable.class).table.getElement().getTextRecursively();
    }

    /** The cells of the table row of one theme, series by series. */
    private static List<String> themeRow(String theme) {
        return _get(ComparisonTable.class).table.getBody().getRows().stream()
                .filter(row -> row.getElement().getChild(0).getTextRecursively().equals(theme)).findFirst()
                .map(CompareViewTest::cells).orElseThrow();
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getElement().getChildren().skip(1).map(cell -> cell.getTextRecursively()).toList();
    }

    @Test
    void a_planner_compares_a_place_a_year_a_background_group_and_a_version_on_one_compass() {
        signInAs("kommun-analytiker");
        int year = analysis.choices().years().getLast();
        navigate("compare");
        assertThat(picker().shown).hasSize(1);

        choose(1, SeriesKind.PLACE, "Norrbacka");
        _click(picker().add);
        choose(2, SeriesKind.YEAR, String.valueOf(year));
        _click(picker().add);
        choose(3, SeriesKind.GROUP, "Kvinnor");
        _click(picker().add);
        choose(4, SeriesKind.VERSION, "Barn");
        assertThat(picker().add.isEnabled()).as("four is the most").isFalse();

        String compass = _get(CompassView.class).getElement().getTextRecursively();
        assertThat(compass).contains("Norrbacka", String.valueOf(year), "Kvinnor", "Barn");
        assertThat(table()).contains("Norrbacka", "Kvinnor", "Barn", "Svarande:");
        assertThat(_get(CompareView.class).getElement().getTextRecursively())
                .as("children's 1-3 against 1-7: compared on positions, and the page says so")
                .contains("jämförs därför på läget på den egna skalan");
        // The children's cells give the median on its own scale beside the position.
        assertThat(themeRow("Lek och fritid").get(3)).contains("på skalan 1–3");
        assertThat(themeRow("Lek och fritid")).hasSize(4);
    }

    @Test
    void without_a_version_series_the_scale_is_the_versions_own_and_no_note_is_shown() {
        signInAs("kommun-analytiker");
        navigate("compare");
        choose(1, SeriesKind.GROUP, "Kvinnor");
        _click(picker().add);
        choose(2, SeriesKind.GROUP, "Män");

        assertThat(_get(CompareView.class).getElement().getTextRecursively())
                .doesNotContain("jämförs därför på läget");
        // Demo women rate feeling safe about 1.2 steps lower than men.
        List<String> safe = themeRow("Trygghet");
        double women = Double.parseDouble(safe.get(0).split("mittersta")[0].replace(',', '.'));
        double men = Double.parseDouble(safe.get(1).split("mittersta")[0].replace(',', '.'));
        assertThat(women).isLessThan(men);
        _click(picker().shown.get(1).remove);
        assertThat(picker().shown).hasSize(1);
        assertThat(themeRow("Trygghet")).hasSize(1);
    }

    @Test
    void the_address_names_the_series_and_a_dialogue_shows_what_its_group_agreed() {
        signInAs("kommun-samordnare");
        long walk = jdbc.sql("SELECT id FROM dialogue WHERE title LIKE 'Trygghetsvandring och enkät%'")
                .query(Long.class).single();
        long norrbacka = places.findActive().stream().filter(p -> p.name().equals("Norrbacka")).findFirst()
                .orElseThrow().id();
        navigate("compare?s=place:" + norrbacka + "&s=dialogue:" + walk);

        assertThat(picker().shown).hasSize(2);
        assertThat(table()).contains("Gruppen enades om");
        assertThat(_find(Notification.class)).isEmpty();
    }

    @Test
    void another_organisations_place_in_the_address_is_left_out() {
        long regionPlace = jdbc.sql("""
                SELECT MIN(p.id) FROM place p JOIN organisation o ON o.id = p.organisation_id
                WHERE o.name = 'Exempel region'
                """).query(Long.class).single();
        signInAs("kommun-analytiker");
        navigate("compare?s=place:" + regionPlace + "&s=nonsense");

        assertThat(picker().value()).hasSize(1).first().hasToString("Everyone[]");
        assertThat(_find(Notification.class)).hasSize(1);
        assertThat(_get(CompareView.class).getElement().getTextRecursively()).doesNotContain("Kustbyn", "Bruksorten");
    }

    @Test
    void a_group_whose_difference_from_everyone_would_reveal_a_small_group_is_hidden() {
        AnalysisScene.make(tenants, places, dialogues, respondents);
        navigate("compare?s=all&s=group:GENDER:MAN");
        assertThat(themeRow("Trygghet").get(1)).as("26 adults, 9 men: 17 others")
                .doesNotContain("dold");

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Dialoger från")), LocalDate.of(2026, 3, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("till och med")), LocalDate.of(2026, 3, 31));
        // March 2026 holds one dialogue of 8 people: the 6 men would leave 2 women readable.
        List<String> safe = themeRow("Trygghet");
        assertThat(safe.get(0)).startsWith("6");
        assertThat(safe.get(1)).isEqualTo("dold, skulle avslöja färre än 5 svar");
        assertThat(table()).contains("Svarande: 8", "Svarande: dold, skulle avslöja färre än 5 svar");
        tenants.signOut();
    }

    @Test
    void a_series_can_be_added_and_removed_with_labelled_buttons() {
        signInAs("kommun-admin");
        navigate("compare");
        assertThat(picker().shown.getFirst().remove.isVisible()).as("the last series stays").isFalse();
        _click(_get(Button.class, spec -> spec.withText("Lägg till serie")));
        assertThat(picker().shown.get(1).remove.getElement().getAttribute("aria-label")).isEqualTo("Ta bort serie 2");
        assertThat(picker().shown.get(1).kind.getLabel()).isEqualTo("Serie 2: jämför");
        assertThat(picker().shown.get(1).which.getLabel()).isEqualTo("Serie 2: vilken");
    }

    @Test
    void a_planner_compares_the_residents_of_one_language_and_a_small_language_group_shows_nothing() {
        AnalysisScene.make(tenants, places, dialogues, respondents);
        navigate("compare");
        choose(1, SeriesKind.GROUP, "Språk: arabiska");
        // D2's 6 men answered in Arabic, 6 on every theme.
        assertThat(themeRow("Trygghet").getFirst()).startsWith("6");
        assertThat(table()).contains("Språk: arabiska", "Svarande: 6");

        navigate("compare?s=all&s=group:LANGUAGE:fa");
        assertThat(picker().shown.get(1).which.getValue().label()).isEqualTo("Språk: Persiska");
        // Two people answered in Persian: nothing of theirs is shown.
        assertThat(themeRow("Trygghet").get(1)).isEqualTo("färre än 5 svar");
        assertThat(table()).contains("Svarande: färre än 5 svar");
        assertThat(_get(CompassView.class).getElement().getTextRecursively()).contains("Språk: Persiska");
        tenants.signOut();
    }

    @Test
    void the_comparison_narrows_to_chosen_languages_like_its_other_filters() {
        AnalysisScene.make(tenants, places, dialogues, respondents);
        navigate("compare?s=all");
        assertThat(table()).contains("Svarande: 26");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Language> languages = _get(MultiSelectComboBox.class,
                spec -> spec.withLabel("Språk som svaren gavs på"));
        _setValue(languages, Set.of(Language.SV, Language.FA));
        // 26 adults less D2's 6 in Arabic.
        assertThat(table()).contains("Svarande: 20");
        tenants.signOut();
    }
}
