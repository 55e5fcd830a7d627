package se.platskompassen.analysis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.analysis.AnalysisScene;
import se.platskompassen.analysis.Overview;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.ResponseCounts;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

class OverviewViewTest extends KaribuTest {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired PlaceService places;
    @Autowired DialogueService dialogues;
    @Autowired ResponseService responses;

    @SuppressWarnings("unchecked")
    private static Grid<Overview.PlaceRow> grid() {
        return _get(OverviewView.class).grid;
    }

    /** The demo's three places in the grid's order (other tests add places of their own to the demo). */
    private static List<String> names() {
        var grid = grid();
        List<String> names = new ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            String name = ((Anchor) GridKt._getCellComponent(grid, row, OverviewView.NAME)).getText();
            if (DEMO_PLACES.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static final List<String> DEMO_PLACES = List.of("Centrum", "Norrbacka", "Åby");

    private static List<String> row(String place) {
        var grid = grid();
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (((Anchor) GridKt._getCellComponent(grid, row, OverviewView.NAME)).getText().equals(place)) {
                return GridKt._getFormattedRow(grid, row);
            }
        }
        throw new AssertionError("No row for " + place);
    }

    @Test
    void a_planner_sees_every_place_against_every_theme_and_opens_a_place() {
        signInAs("kommun-analytiker");
        navigate("overview");

        assertThat(_get(H1.class).getText()).isEqualTo("Översikt");
        assertThat(names()).containsExactly("Centrum", "Norrbacka", "Åby");
        var grid = grid();
        assertThat(grid.getColumns()).hasSize(3 + Theme.COUNT);
        long id = places.findActive().stream().filter(p -> p.name().equals("Norrbacka")).findFirst().orElseThrow().id();
        assertThat(GridKt._fetch(grid, 0, 1000).stream().filter(row -> row.name().equals("Norrbacka")))
                .hasSize(1);
        int norrbacka = GridKt._fetch(grid, 0, 1000).stream().map(Overview.PlaceRow::name).toList().indexOf("Norrbacka");
        assertThat(((Anchor) GridKt._getCellComponent(grid, norrbacka, OverviewView.NAME)).getHref())
                .isEqualTo("places/" + id);
        // Every cell of a place with answers is written as a number, whatever its colour.
        assertThat(row("Norrbacka").subList(3, 3 + Theme.COUNT)).allMatch(cell -> cell.matches("\\d(,5)?"));
        assertThat(grid.getColumnByKey(Theme.FEELING_SAFE.code()).getHeaderComponent().getElement().getText())
                .isEqualTo("Trygghet");
    }

    @Test
    void sorting_a_theme_puts_the_lowest_median_first() {
        signInAs("kommun-analytiker");
        navigate("overview");
        var grid = grid();

        GridKt._sortByKey(grid, Theme.PUBLIC_TRANSPORT.code(), SortDirection.ASCENDING);
        // Åby's profile has public transport at 2, Centrum's at 6.
        assertThat(names().getFirst()).isEqualTo("Åby");
        assertThat(names().getLast()).isEqualTo("Centrum");
        GridKt._sortByKey(grid, Theme.PUBLIC_TRANSPORT.code(), SortDirection.DESCENDING);
        assertThat(names().getFirst()).isEqualTo("Centrum");
        GridKt._sortByKey(grid, OverviewView.RESPONDENTS, SortDirection.DESCENDING);
        // Norrbacka: 50 + 70 adults and 40 young people; Centrum 60 + 45; Åby 30 + 25 (other tests may add some).
        assertThat(names()).containsExactly("Norrbacka", "Centrum", "Åby");
        long norrbacka = places.findAll().stream().filter(place -> place.name().equals("Norrbacka")).findFirst()
                .orElseThrow().id();
        var started = responses.countsOfMyDialogues();
        long adultsAndYoung = dialogues.findAtPlace(norrbacka).stream()
                .filter(dialogue -> dialogue.version() != Version.BARN)
                .mapToLong(dialogue -> started.getOrDefault(dialogue.id(), new ResponseCounts(0, 0)).started()).sum();
        assertThat(adultsAndYoung).isGreaterThanOrEqualTo(160);
        assertThat(row("Norrbacka").get(1)).isEqualTo(String.valueOf(adultsAndYoung));
    }

    @Test
    void the_filters_narrow_the_overview_at_once() {
        signInAs("kommun-analytiker");
        navigate("overview");
        String allAnswers = row("Norrbacka").get(1);

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Bara avslutade svar")), true);
        assertThat(Integer.parseInt(row("Norrbacka").get(1))).isLessThan(Integer.parseInt(allAnswers));

        @SuppressWarnings("unchecked")
        Select<VersionChoice> version = _get(Select.class, spec -> spec.withLabel("Version"));
        _setValue(version, VersionChoice.CHILDREN);
        assertThat(_get(OverviewView.class).getElement().getTextRecursively()).contains("Skala 1–3");
        assertThat(row("Centrum").get(1)).as("no children answered at Centrum").isEqualTo("0");
        assertThat(row("Centrum").get(3)).isEqualTo("–");
        assertThat(row("Norrbacka").get(3)).matches("[123](,5)?");

        _setValue(version, VersionChoice.ADULTS);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Bara avslutade svar")), false);
        @SuppressWarnings("unchecked")
        Select<String> mode = _get(Select.class, spec -> spec.withLabel("Hur svaren samlades in"));
        _setValue(mode, "PAPER");
        assertThat(Integer.parseInt(row("Centrum").get(1))).as("only paper").isBetween(5, 30);

        _setValue(mode, FilterBar.ALL_MODES);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Dialoger från")), LocalDate.now().plusDays(1));
        assertThat(row("Centrum").get(1)).as("no dialogue starts in the future").isEqualTo("0");
        assertThat(row("Centrum").get(2)).isEqualTo("–");
    }

    @Test
    void a_place_with_fewer_than_five_respondents_is_hidden_and_says_so() {
        AnalysisScene.make(tenants, places, dialogues, respondents);
        navigate("overview");

        List<String> hamnen = row("Hamnen");
        assertThat(hamnen.get(1)).isEqualTo("färre än 5 svar");
        assertThat(hamnen.subList(3, 3 + Theme.COUNT)).containsOnly("färre än 5 svar");
        assertThat(row("Torget").get(1)).isEqualTo("14");
        assertThat(row("Torget").get(3 + Theme.MOVING_AROUND.ordinal())).isEqualTo("5,5");
        tenants.signOut();
    }

    @Test
    void the_overview_narrows_to_the_languages_residents_answered_in_and_hides_a_small_one() {
        AnalysisScene.make(tenants, places, dialogues, respondents);
        navigate("overview");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Language> languages = _get(MultiSelectComboBox.class,
                spec -> spec.withLabel("Språk som svaren gavs på"));
        assertThat(languages.getPlaceholder()).isEqualTo("Alla språk");
        assertThat(languages.getListDataView().getItems().map(languages.getItemLabelGenerator()).toList())
                .contains("svenska", "lättläst svenska", "arabiska", "persiska", "tigrinja");

        _setValue(languages, Set.of(Language.AR));
        // D2's 6 men answered in Arabic, 6 on every theme.
        assertThat(row("Torget").get(1)).isEqualTo("6");
        assertThat(row("Torget").get(3 + Theme.MOVING_AROUND.ordinal())).isEqualTo("6");

        _setValue(languages, Set.of(Language.FA));
        // Two people at Parken answered in Persian: too few, hidden on every theme.
        assertThat(row("Parken").get(1)).isEqualTo("färre än 5 svar");
        assertThat(row("Parken").subList(3, 3 + Theme.COUNT)).containsOnly("färre än 5 svar");

        _setValue(languages, Set.of());
        assertThat(row("Torget").get(1)).as("none chosen: every language").isEqualTo("14");
        tenants.signOut();
    }
}
