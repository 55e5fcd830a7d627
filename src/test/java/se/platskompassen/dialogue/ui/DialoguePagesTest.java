package se.platskompassen.dialogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.dialogue.Availability;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.discussion.ActionStatus;
import se.platskompassen.discussion.Discussion;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.organisation.Role;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Tenants;

class DialoguePagesTest extends KaribuTest {

    @Autowired Tenants tenants;
    @Autowired DialogueService dialogues;
    @Autowired DiscussionService discussions;
    @Autowired PlaceService places;

    /** A fresh organisation with one open dialogue; the facilitator of that organisation is signed in. */
    private Dialogue dialogueRunBy(String[] facilitator) {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        facilitator[0] = tenants.newStaff(dialogue.organisationId(), Role.FACILITATOR);
        signInAs(facilitator[0]);
        return dialogue;
    }

    @Test
    void a_facilitator_creates_a_dialogue_at_a_place_opens_it_and_residents_can_join_with_its_code() {
        String[] facilitator = new String[1];
        Dialogue existing = dialogueRunBy(facilitator);
        navigate("places/" + existing.placeId() + "/new-dialogue");

        _click(_get(Button.class, spec -> spec.withText("Skapa dialogen")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Rubrik")).getErrorMessage())
                .isEqualTo("Skriv en rubrik för dialogen.");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Rubrik")), "Kvällsmöte på torget");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Version> version = _get(RadioButtonGroup.class, spec -> spec.withLabel("Version av frågorna"));
        _setValue(version, Version.UNGDOM);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Language> languages = _get(CheckboxGroup.class, spec -> spec.withLabel("Språk"));
        _setValue(languages, Set.of(Language.SV));
        _click(_get(Button.class, spec -> spec.withText("Skapa dialogen")));

        assertThat(_get(H1.class).getText()).isEqualTo("Kvällsmöte på torget");
        Dialogue created = dialogues.findAtPlace(existing.placeId()).getFirst();
        assertThat(created.title()).isEqualTo("Kvällsmöte på torget");
        assertThat(created.status()).isEqualTo(DialogueStatus.DRAFT);
        assertThat(created.version()).isEqualTo(Version.UNGDOM);
        assertThat(created.joinCode()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(dialogues.availability(created)).isNotEqualTo(Availability.OPEN);

        String code = _get(Span.class, spec -> spec.withClasses("join-code")).getText();
        assertThat(code).isEqualTo(created.joinCode());
        assertThat(_get(Svg.class, spec -> spec.withClasses("join-qr")).getElement().getProperty("innerHTML"))
                .contains("<path");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref))
                .anyMatch(href -> href.endsWith("/d/" + code))
                .anyMatch(href -> href.endsWith("/kiosk/" + code));
        assertThat(_get(Span.class, spec -> spec.withClasses("poster-downloads-label")
                .withText("Ladda ner affisch (A4, PDF)"))).isNotNull();
        assertThat(_find(Anchor.class, spec -> spec.withClasses("join-poster")).stream().map(Anchor::getText))
                .as("a dialogue in Swedish only has its poster in Swedish").containsExactly("svenska");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("join-kiosk-hint"))
                .getText()).as("shared tablets get the kiosk link").contains("länken för delad surfplatta");

        _click(_get(Button.class, spec -> spec.withText("Öppna för svar")));
        assertThat(dialogues.findByJoinCode(code.toLowerCase()).map(dialogues::availability)).contains(Availability.OPEN);
        assertThat(_get(Span.class, spec -> spec.withClasses("badge")).getText()).isEqualTo("Öppen");
    }

    @Test
    void closing_stops_new_responses_at_once_and_reopening_lets_them_in_again() {
        String[] facilitator = new String[1];
        Dialogue dialogue = dialogueRunBy(facilitator);
        navigate("dialogues/" + dialogue.id());

        _click(_get(Button.class, spec -> spec.withText("Stäng dialogen")));
        _click(_find(Button.class, spec -> spec.withText("Stäng dialogen")).getLast());
        MockVaadin.clientRoundtrip(false);
        assertThat(dialogues.availability(dialogues.find(dialogue.id()).orElseThrow())).isEqualTo(Availability.CLOSED);

        signOut();
        navigate("d/" + dialogue.joinCode());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("notice")).getText())
                .startsWith("Den här dialogen är avslutad");

        signInAs(facilitator[0]);
        navigate("dialogues/" + dialogue.id());
        _click(_get(Button.class, spec -> spec.withText("Öppna igen")));
        assertThat(dialogues.availability(dialogues.find(dialogue.id()).orElseThrow())).isEqualTo(Availability.OPEN);
    }

    @Test
    void the_version_cannot_change_once_a_dialogue_has_been_open_but_the_title_can() {
        String[] facilitator = new String[1];
        Dialogue dialogue = dialogueRunBy(facilitator);
        navigate("dialogues/" + dialogue.id());
        _click(_get(Button.class, spec -> spec.withText("Ändra inställningar")));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Version> version = _get(RadioButtonGroup.class, spec -> spec.withLabel("Version av frågorna"));
        assertThat(version.isReadOnly()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Rubrik")), "Ny rubrik");
        _click(_get(Button.class, spec -> spec.withText("Spara")));

        assertThat(dialogues.find(dialogue.id()).orElseThrow().title()).isEqualTo("Ny rubrik");
        assertThat(_get(H1.class).getText()).isEqualTo("Ny rubrik");
    }

    @Test
    void a_facilitator_records_priorities_and_actions_and_they_show_on_the_dialogue_page() {
        String[] facilitator = new String[1];
        Dialogue dialogue = dialogueRunBy(facilitator);
        navigate("dialogues/" + dialogue.id());

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Trygghet")), true);
        _click(_get(Button.class, spec -> spec.withText("Lägg till åtgärden")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Vad ska göras?")).getErrorMessage())
                .isEqualTo("Beskriv åtgärden.");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Vad ska göras?")), "Bättre belysning vid gångtunneln");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Vem ansvarar?")), "Gatuenheten");
        _click(_get(Button.class, spec -> spec.withText("Lägg till åtgärden")));

        Discussion recorded = discussions.of(dialogue);
        assertThat(recorded.priorities()).containsExactly(Theme.FEELING_SAFE);
        assertThat(recorded.actions()).singleElement().satisfies(action -> {
            assertThat(action.what()).isEqualTo("Bättre belysning vid gångtunneln");
            assertThat(action.who()).isEqualTo("Gatuenheten");
        });
        assertThat(_find(ListItem.class, spec -> spec.withClasses("action-item"))).singleElement()
                .satisfies(item -> assertThat(item.getElement().getTextRecursively()).contains("Ansvarig: Gatuenheten"));

        assertThat(_get(Span.class, spec -> spec.withClasses("action-status")).getText()).isEqualTo("Planerad");
        _click(_get(Button.class, spec -> spec.withText("Ändra status")));
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Status")), ActionStatus.DONE);
        _click(_get(Button.class, spec -> spec.withText("Spara")));
        assertThat(discussions.of(dialogue).actions().getFirst().done()).isTrue();
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label",
                "Ta bort åtgärden Bättre belysning vid gångtunneln")));
        assertThat(discussions.of(dialogue).actions()).isEmpty();
    }

    @Test
    void an_analyst_reads_the_dialogue_page_but_finds_nothing_to_change() {
        String[] facilitator = new String[1];
        Dialogue dialogue = dialogueRunBy(facilitator);
        discussions.setPriority(dialogue, Theme.NATURAL_SPACE, true);
        signInAs(tenants.newStaff(dialogue.organisationId(), Role.ANALYST));
        navigate("dialogues/" + dialogue.id());

        assertThat(_get(H1.class).getText()).isEqualTo(dialogue.title());
        assertThat(_find(Button.class).stream().map(Button::getText))
                .doesNotContain("Stäng dialogen", "Ändra inställningar", "Lägg till åtgärden");
        assertThat(_find(Checkbox.class)).isEmpty();
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains("Natur och grönska");

        navigate("places/" + dialogue.placeId() + "/new-dialogue");
        assertThat(_find(Button.class, spec -> spec.withText("Skapa dialogen"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dialogues/torget", "dialogues/12x/export",
            "dialogues/-/paper", "places/torget/new-dialogue", "dialogues/99999999999999999999"})
    void an_address_whose_id_is_no_number_is_not_found(String address) {
        signInAs("kommun-admin");
        navigate(address);

        assertThat(_get(H1.class).getText()).isEqualTo("Sidan finns inte");
    }
}
