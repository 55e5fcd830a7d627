package se.platskompassen.place.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.analysis.AnalysisScene;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.place.PlaceService;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

class PlaceOverTimeTest extends KaribuTest {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired PlaceService places;
    @Autowired DialogueService dialogues;

    private static NativeTable table(String className) {
        return _find(NativeTable.class, spec -> spec.withClasses(className)).getFirst();
    }

    /** The cells of a table's row for one theme (after the theme's own header cell). */
    private static List<String> row(NativeTable table, String theme) {
        return table.getBody().getRows().stream()
                .filter(row -> row.getElement().getChild(0).getTextRecursively().equals(theme)).findFirst()
                .map(row -> row.getElement().getChildren().skip(1).map(Element::getTextRecursively).toList())
                .orElseThrow(() -> new AssertionError("No row for " + theme));
    }

    @Test
    void a_place_shows_its_dialogues_over_time_and_what_changed_since_the_previous_one() {
        signInAs("kommun-analytiker");
        long norrbacka = places.findActive().stream().filter(p -> p.name().equals("Norrbacka")).findFirst()
                .orElseThrow().id();
        navigate("places/" + norrbacka);

        NativeTable overTime = table("over-time-table");
        assertThat(overTime.getHead().getElement().getTextRecursively())
                .contains("Trygghetsvandring och enkät", "Norrbacka 2.0 – vuxna", "Norrbacka 2.0 – unga",
                        "Norrbacka 2.0 – barn");
        assertThat(row(overTime, "Trygghet")).hasSize(4).allMatch(cell -> cell.matches("\\d(,5)?"));
        assertThat(_find(H3.class)).extracting(H3::getText).filteredOn(text -> text.startsWith("Förändring"))
                .containsExactly("Förändring sedan förra dialogen – Vuxna");
        NativeTable change = table("change-table");
        // The suburb's care and maintenance went from about 2 to about 4 between the years.
        List<String> care = row(change, "Skötsel och underhåll");
        assertThat(care.get(0)).as("the median and how many scored it").matches("\\d(,5)?\\d+ svar");
        assertThat(care.get(1)).contains("svar");
        assertThat(care.get(2)).startsWith("↑").contains("upp");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("place-compare-link")).getHref())
                .startsWith("compare?s=dialogue:");
    }

    @Test
    void a_change_from_or_to_a_small_group_is_hidden_and_one_between_large_groups_is_shown() {
        AnalysisScene scene = AnalysisScene.make(tenants, places, dialogues, respondents);
        navigate("places/" + scene.torget().id());
        List<String> moving = row(table("change-table"), "Gå, rulla och cykla");
        // 1 2 3 4 5 6 -> 3,5 with 6 answers; 5 5 6 6 6 6 6 6 -> 6 with 8: up 2,5.
        assertThat(moving).containsExactly("3,56 svar", "68 svar", "↑upp 2,5");

        navigate("places/" + scene.parken().id());
        NativeTable overTime = table("over-time-table");
        assertThat(row(overTime, "Trygghet")).containsExactly("färre än 5 svar", "2", "3");
        assertThat(overTime.getHead().getElement().getTextRecursively()).contains("Svarande: färre än 5 svar");
        List<String> safe = row(table("change-table"), "Trygghet");
        assertThat(safe).containsExactly("färre än 5 svar", "35 svar", "färre än 5 svar");
        tenants.signOut();
    }

    @Test
    void a_place_with_one_dialogue_says_when_a_change_will_show() {
        AnalysisScene scene = AnalysisScene.make(tenants, places, dialogues, respondents);
        navigate("places/" + scene.hamnen().id());
        assertThat(_get(PlaceOverTime.class).getElement().getTextRecursively())
                .contains("Förändringen visas när platsen har haft två dialoger med svar i samma version.");
        assertThat(_find(H3.class)).isEmpty();
        tenants.signOut();
    }
}
