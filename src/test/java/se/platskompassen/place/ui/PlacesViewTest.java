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

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlaceDetails;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

class PlacesViewTest extends KaribuTest {

    @Autowired PlaceService places;
    @Autowired Respondents respondents;
    @Autowired Tenants tenants;

    private void openNewPlaceForm() {
        navigate("places");
        _click(_get(Button.class, spec -> spec.withText("Ny plats")));
        assertThat(_get(PlaceForm.class).isOpened()).isTrue();
    }

    private static void save() {
        _click(_get(PlaceForm.class).save);
    }

    @Test
    void a_facilitator_adds_a_place_through_the_dialog_and_sees_it_in_the_list() {
        signInAs("kommun-samordnare");
        String name = unique("Stationsområdet");
        openNewPlaceForm();
        _setValue(field("Namn"), name);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Beskrivning")), "Resecentrum och parken bakom.");
        _setValue(field("Område"), "Centrum");
        _setValue(field("Latitud"), "59,3326");
        _setValue(field("Longitud"), "18.0649");
        save();

        assertThat(_find(PlaceForm.class)).as("the dialog closes").isEmpty();
        PlaceCard card = card(name);
        assertThat(card.link.getHref()).matches("places/\\d+");
        assertThat(card.getSubtitle().getElement().getText()).isEqualTo("Centrum");
        Place saved = places.findActive().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        assertThat(saved.description()).isEqualTo("Resecentrum och parken bakom.");
        assertThat(saved.latitude()).isEqualTo(59.3326);
        assertThat(saved.longitude()).isEqualTo(18.0649);
    }

    @Test
    void the_name_field_counts_its_characters_as_the_person_types() {
        signInAs("kommun-samordnare");
        openNewPlaceForm();
        assertThat(field("Namn").getHelperText()).isEqualTo("0 av 200 tecken");
        _setValue(field("Namn"), "Torget");
        assertThat(field("Namn").getHelperText()).isEqualTo("6 av 200 tecken");
        assertThat(field("Namn").getMaxLength()).isEqualTo(200);
    }

    @Test
    void a_blank_name_is_refused_next_to_the_field_and_nothing_typed_is_lost() {
        signInAs("kommun-samordnare");
        openNewPlaceForm();
        _setValue(field("Namn"), "   ");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Beskrivning")), "Skolgården och gångvägen.");
        _setValue(field("Område"), "Söder");
        save();

        assertThat(field("Namn").isInvalid()).isTrue();
        assertThat(field("Namn").getErrorMessage()).isEqualTo("Skriv platsens namn.");
        assertThat(_get(PlaceForm.class).isOpened()).as("the dialog stays open").isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Beskrivning")).getValue())
                .isEqualTo("Skolgården och gångvägen.");
        assertThat(field("Område").getValue()).isEqualTo("Söder");

        String name = unique("Skolgården");
        _setValue(field("Namn"), name);
        assertThat(field("Namn").isInvalid()).as("the message goes once the name is there").isFalse();
        save();
        assertThat(hasCard(name)).isTrue();
    }

    @Test
    void nothing_is_marked_wrong_before_the_first_try_to_save() {
        signInAs("kommun-samordnare");
        openNewPlaceForm();
        _setValue(field("Latitud"), "abc");
        _setValue(field("Namn"), " ");

        assertThat(field("Latitud").isInvalid()).isFalse();
        assertThat(field("Namn").isInvalid()).isFalse();
        save();
        assertThat(field("Latitud").getErrorMessage()).isEqualTo("Skriv ett tal i decimalgrader, till exempel 59,3326.");
        assertThat(field("Namn").getErrorMessage()).isEqualTo("Skriv platsens namn.");
    }

    @Test
    void a_latitude_without_a_longitude_is_refused_and_nothing_typed_is_lost() {
        signInAs("kommun-samordnare");
        String name = unique("Hamnen");
        openNewPlaceForm();
        _setValue(field("Namn"), name);
        _setValue(field("Latitud"), "57,7");
        save();

        assertThat(field("Longitud").isInvalid()).isTrue();
        assertThat(field("Longitud").getErrorMessage()).isEqualTo("Fyll i longituden också, eller töm latituden.");
        assertThat(field("Latitud").isInvalid()).isFalse();
        assertThat(field("Namn").getValue()).isEqualTo(name);
        assertThat(field("Latitud").getValue()).isEqualTo("57,7");
        assertThat(hasCard(name)).as("nothing is saved yet").isFalse();

        _setValue(field("Longitud"), "200");
        save();
        assertThat(field("Longitud").getErrorMessage()).isEqualTo("Longituden ligger mellan −180 och 180.");

        _setValue(field("Longitud"), "11,97");
        save();
        assertThat(hasCard(name)).isTrue();
    }

    @Test
    void the_form_speaks_english_to_an_english_reader() {
        signInAs("kommun-samordnare");
        UI.getCurrent().setLocale(Language.EN.locale());
        navigate("places");
        _click(_get(Button.class, spec -> spec.withText("New place")));
        _setValue(field("Longitude"), "12.5");
        _click(_get(PlaceForm.class).save);

        assertThat(field("Name").getErrorMessage()).isEqualTo("Enter the name of the place.");
        assertThat(field("Latitude").getErrorMessage()).isEqualTo("Fill in the latitude too, or clear the longitude.");
        assertThat(field("Longitude").getValue()).isEqualTo("12.5");
    }

    @Test
    void an_archived_place_is_listed_only_when_archived_places_are_shown() {
        signInAs("kommun-samordnare");
        String name = unique("Gamla bruket");
        long id = places.create(PlaceDetails.named(name)).id();
        places.setArchived(id, true);
        navigate("places");

        assertThat(hasCard(name)).isFalse();
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Visa arkiverade platser")), true);
        assertThat(card(name).getHeaderSuffix().getElement().getText()).isEqualTo("Arkiverad");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Visa arkiverade platser")), false);
        assertThat(hasCard(name)).isFalse();
    }

    @Test
    void an_analyst_sees_the_places_but_nothing_to_change_them_with() {
        signInAs("kommun-analytiker");
        navigate("places");

        assertThat(hasCard("Centrum")).isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Ny plats"))).isEmpty();
        assertThat(_find(Dialog.class)).isEmpty();
    }

    @Test
    void a_place_whose_latest_dialogue_has_answers_shows_a_thumbnail_compass_with_a_text_alternative() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        respondents.in(dialogue).count(5).scoreEveryTheme(5).skip(Theme.WORK_ECONOMY).record();
        String name = places.find(dialogue.placeId()).orElseThrow().name();
        String quiet = unique("Tyst plats");
        places.create(PlaceDetails.named(quiet));
        navigate("places");

        String svg = card(name).thumbnail.getElement().getProperty("innerHTML");
        assertThat(svg).contains("role=\"img\"", "aria-label=\"Kompass för senaste dialogen på " + name + "\"",
                "class=\"median\"", "class=\"no-answer\"");
        assertThat(_get(card(name), Paragraph.class, spec -> spec.withClasses("place-card-summary")).getText())
                .endsWith("· 5 svar");
        String none = card(quiet).thumbnail.getElement().getProperty("innerHTML");
        assertThat(none).contains("compass-thumbnail-empty", "Ännu inga svar att visa som kompass för " + quiet)
                .doesNotContain("class=\"median\"");
        tenants.signOut();
    }

    @Test
    void a_latest_dialogue_with_fewer_respondents_than_the_organisations_minimum_draws_no_figures() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        respondents.in(dialogue).count(4).scoreEveryTheme(5).skip(Theme.WORK_ECONOMY).record();
        String name = places.find(dialogue.placeId()).orElseThrow().name();
        navigate("places");

        assertThat(card(name).thumbnail.getElement().getProperty("innerHTML")).doesNotContain("class=\"median\"");
        navigate("places/" + dialogue.placeId());
        assertThat(_get(LatestCompass.class).getElement().getTextRecursively())
                .contains("har färre än 5 svarande", "visas inte");
        tenants.signOut();
    }

    @Test
    void an_organisation_without_places_is_told_how_to_begin() {
        signInAs(PlaceScenes.facilitatorOfNewOrganisation(tenants));
        navigate("places");

        assertThat(_find(PlaceCard.class)).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withClasses("places-empty")).getElement().getTextRecursively())
                .contains("Det finns inga platser här än.", "Lägg till den första platsen");
    }
}
