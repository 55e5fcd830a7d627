package se.platskompassen.place.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static se.platskompassen.place.ui.PlaceScenes.card;
import static se.platskompassen.place.ui.PlaceScenes.field;
import static se.platskompassen.place.ui.PlaceScenes.hasCard;
import static se.platskompassen.place.ui.PlaceScenes.unique;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.compass.ui.CompassView;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueKind;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlaceDetails;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

class PlaceViewTest extends KaribuTest {

    @Autowired PlaceService places;
    @Autowired DialogueService dialogues;
    @Autowired Respondents respondents;
    @Autowired Tenants tenants;
    @Autowired JdbcClient jdbc;

    private Place newPlace(String name) {
        return places.create(new PlaceDetails(name, "Husen runt torget.", "Väster", null, null));
    }

    private static String heading() {
        return _get(H1.class).getText();
    }

    private static void confirm() {
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
        confirm.close();
    }

    @Test
    void a_facilitator_edits_a_place_and_the_page_shows_the_change() {
        signInAs("kommun-samordnare");
        Place place = newPlace(unique("Västertorg"));
        navigate("places/" + place.id());
        assertThat(heading()).isEqualTo(place.name());

        _click(_get(Button.class, spec -> spec.withText("Ändra")));
        assertThat(field("Namn").getValue()).as("the form starts from what is saved").isEqualTo(place.name());
        assertThat(field("Område").getValue()).isEqualTo("Väster");
        String renamed = unique("Västra torget");
        _setValue(field("Namn"), renamed);
        _setValue(field("Latitud"), "57,70");
        _setValue(field("Longitud"), "11,97");
        _click(_get(PlaceForm.class).save);

        assertThat(heading()).isEqualTo(renamed);
        assertThat(_get(DescriptionList.class).getElement().getTextRecursively()).contains("57.7, 11.97");
        assertThat(places.find(place.id()).orElseThrow().name()).isEqualTo(renamed);
    }

    @Test
    void an_archived_place_leaves_the_list_and_comes_back_when_restored() {
        signInAs("kommun-samordnare");
        Place place = newPlace(unique("Idrottsplatsen"));
        navigate("places/" + place.id());

        _click(_get(Button.class, spec -> spec.withText("Arkivera")));
        assertThat(_get(ConfirmDialog.class).getElement().getProperty("message")).startsWith("”" + place.name()
                + "” försvinner ur listan över platser.");
        confirm();
        assertThat(places.find(place.id()).orElseThrow().archived()).isTrue();
        assertThat(_get(DescriptionList.class).getElement().getTextRecursively()).contains("Arkiverad");

        navigate("places");
        assertThat(hasCard(place.name())).isFalse();
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Visa arkiverade platser")), true);
        navigate(card(place.name()).link.getHref());

        _click(_get(Button.class, spec -> spec.withText("Återställ")));
        confirm();
        assertThat(places.find(place.id()).orElseThrow().archived()).isFalse();
        navigate("places");
        assertThat(hasCard(place.name())).isTrue();
    }

    @Test
    void the_place_page_lists_its_dialogues_with_links_to_their_pages() {
        Dialogue open = tenants.newDialogue(Version.VUXEN);
        Dialogue draft = dialogues.create(open.placeId(), new DialogueSettings("Barnens dialog", null, Version.BARN,
                EnumSet.of(Language.SV), DialogueKind.INDIVIDUAL, null, null, List.of()));
        respondents.in(open).count(4).scoreEveryTheme(6).skip(Theme.PUBLIC_TRANSPORT).record();
        navigate("places/" + open.placeId());

        PlaceDialogues grid = _get(PlaceDialogues.class);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        int draftRow = rowOf(grid, draft);
        Anchor link = (Anchor) GridKt._getCellComponent(grid, draftRow, "title");
        assertThat(link.getHref()).isEqualTo("dialogues/" + draft.id());
        assertThat(link.getText()).isEqualTo("Barnens dialog");
        assertThat(GridKt._getFormattedRow(grid, draftRow)).contains("Barn", "Utkast", draft.joinCode(), "0");
        int openRow = rowOf(grid, open);
        assertThat(((Anchor) GridKt._getCellComponent(grid, openRow, "title")).getHref())
                .isEqualTo("dialogues/" + open.id());
        assertThat(GridKt._getFormattedRow(grid, openRow)).contains("Vuxna", "Öppen", open.joinCode(), "4");
        assertThat(_find(Button.class, spec -> spec.withText("Ny dialog"))).hasSize(1);
        tenants.signOut();
    }

    private static int rowOf(PlaceDialogues grid, Dialogue dialogue) {
        List<Dialogue> rows = GridKt._fetch(grid, 0, 100);
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row).id() == dialogue.id()) {
                return row;
            }
        }
        throw new AssertionError("No row for " + dialogue.title());
    }

    @Test
    void the_place_page_shows_the_compass_of_the_latest_dialogue_with_answers() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        respondents.in(dialogue).count(5).scoreEveryTheme(3).skip(Theme.FEELING_SAFE).record();
        navigate("places/" + dialogue.placeId());

        CompassView compass = _get(CompassView.class);
        assertThat(compass.getElement().getTextRecursively()).contains("Kompass för ”Dialog”, 5 svar");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("place-compass-dialogue")).getHref())
                .isEqualTo("dialogues/" + dialogue.id());
        tenants.signOut();
    }

    @Test
    void a_place_without_dialogues_says_so() {
        signInAs("kommun-samordnare");
        Place place = newPlace(unique("Nya parken"));
        navigate("places/" + place.id());

        assertThat(_find(CompassView.class)).isEmpty();
        assertThat(_get(PlaceView.class).getElement().getTextRecursively())
                .contains("Det finns ingen dialog på platsen än.", "Inga dialoger än.");
    }

    @Test
    void an_analyst_reads_a_place_but_gets_nothing_to_change_it_with() {
        signInAs("kommun-analytiker");
        long centrum = places.findActive().stream().filter(p -> p.name().equals("Centrum")).findFirst()
                .orElseThrow().id();
        navigate("places/" + centrum);

        assertThat(heading()).isEqualTo("Centrum");
        assertThat(_find(PlaceDialogues.class)).hasSize(1);
        for (String action : List.of("Ändra", "Arkivera", "Återställ", "Ny dialog")) {
            assertThat(_find(Button.class, spec -> spec.withText(action))).as(action).isEmpty();
        }
    }

    @Test
    void a_place_of_another_organisation_is_not_found() {
        long regionPlace = jdbc.sql("""
                SELECT MIN(p.id) FROM place p JOIN organisation o ON o.id = p.organisation_id
                WHERE o.name = 'Exempel region'
                """).query(Long.class).single();
        signInAs("kommun-admin");
        navigate("places/" + regionPlace);

        assertThat(heading()).isEqualTo("Sidan finns inte");
        assertThat(_find(PlaceDialogues.class)).isEmpty();
    }

    @Test
    void an_address_that_is_no_place_id_is_not_found() {
        signInAs("kommun-samordnare");
        navigate("places/torget");
        assertThat(heading()).isEqualTo("Sidan finns inte");
        navigate("places/" + Long.MAX_VALUE);
        assertThat(heading()).isEqualTo("Sidan finns inte");
    }
}
