package se.platskompassen.results.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.compass.ui.CompassView;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.discussion.ActionStatus;
import se.platskompassen.discussion.DialogueAction;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.discussion.NewAction;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.results.PublishedComment;
import se.platskompassen.results.ResultsService;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/** The staff panel on the dialogue page and the public page it publishes, as people use them. */
class ResultsPagesTest extends KaribuTest {

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired DiscussionService discussions;
    @Autowired DialogueService dialogues;
    @Autowired ResultsService results;

    /** A dialogue of six people with an action on its way, its facilitator signed in. */
    private Dialogue answeredDialogue(int people) {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        respondents.in(dialogue).count(people).scoreEveryTheme(5)
                .comment(Theme.FEELING_SAFE, "Ljust vid skolan", "Mörkt vid tunneln").record();
        DialogueAction action = discussions.addAction(dialogue, new NewAction(Theme.FEELING_SAFE,
                "Belysning vid tunneln", "Gatuenheten", null));
        discussions.setActionStatus(dialogue, action.id(), ActionStatus.STARTED, "Lamporna är beställda.",
                LocalDate.of(2026, 11, 2));
        signInAs(tenants.newStaff(dialogue.organisationId(), Role.FACILITATOR));
        return dialogue;
    }

    @Test
    void a_facilitator_publishes_the_results_and_anyone_reads_them_at_the_public_address_until_unpublished() {
        Dialogue dialogue = answeredDialogue(6);
        UI.getCurrent().navigate("dialogues/" + dialogue.id());
        assertThat(text(_get(ResultsPanel.class))).contains("Inte publicerad", "/r/" + dialogue.joinCode());

        _click(_get(Button.class, spec -> spec.withText("Publicera resultaten")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("results-said")).getText())
                .isEqualTo("Resultaten är publicerade.");
        assertThat(text(_get(ResultsPanel.class))).contains("Publicerad. Alla som har adressen kan läsa sidan.");

        signOut();
        newBrowserSession();
        navigate("r/" + dialogue.joinCode());
        assertThat(_get(H1.class).getText()).startsWith("Torget");
        String page = text(_get(ResultsContent.class));
        assertThat(page).contains("Vad vi hörde – vad vi gör", "Belysning vid tunneln", "Ansvarig: Gatuenheten",
                "Påbörjad", "sedan 2 november 2026", "Lamporna är beställda.", "Så många svarade: 6");
        assertThat(_find(CompassView.class)).hasSize(1);

        tenants.signInAs(tenants.newStaff(dialogue.organisationId(), Role.FACILITATOR));
        results.unpublish(dialogue);
        tenants.signOut();
        newBrowserSession();
        navigate("r/" + dialogue.joinCode());
        assertThat(_get(H1.class).getText()).isEqualTo("Inga resultat här");
        assertThat(_find(ResultsContent.class)).isEmpty();
    }

    @Test
    void an_unknown_code_and_unpublished_results_get_the_very_same_page() {
        Dialogue dialogue = answeredDialogue(6);
        signOut();
        newBrowserSession();

        navigate("r/" + dialogue.joinCode());
        String unpublished = text(_get(PublicResultsView.class));
        navigate("r/NO-SUCH-CODE");
        String unknown = text(_get(PublicResultsView.class));

        assertThat(unpublished).isEqualTo(unknown).contains("Inga resultat här",
                "Det finns inga publicerade resultat på den här adressen.");
    }

    @Test
    void the_preview_is_the_public_pages_own_component_with_the_chosen_comments() {
        Dialogue dialogue = answeredDialogue(6);
        UI.getCurrent().navigate("dialogues/" + dialogue.id());

        _click(_get(Button.class, spec -> spec.withText("Välj kommentarer")));
        CommentChoiceDialog choice = _get(CommentChoiceDialog.class);
        List<PublishedComment> offered = choice.grid.getGenericDataView().getItems().toList();
        assertThat(offered).hasSize(12).extracting(PublishedComment::text)
                .containsOnly("Ljust vid skolan", "Mörkt vid tunneln");
        choice.grid.select(offered.stream().filter(c -> c.text().equals("Mörkt vid tunneln")).findFirst().orElseThrow());
        _click(_get(choice, Button.class, spec -> spec.withText("Spara")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("results-said")).getText())
                .isEqualTo("Kommentarer som visas på sidan: 1.");

        _click(_get(Button.class, spec -> spec.withText("Förhandsgranska")));
        String preview = text(_get(ResultsContent.class));
        assertThat(preview).contains("Några av era kommentarer", "Trygghet · Kan bli bättre", "Mörkt vid tunneln")
                .doesNotContain("Ljust vid skolan");
        assertThat(results.isPublished(dialogue)).as("a preview publishes nothing").isFalse();
    }

    @Test
    void a_group_too_small_shows_one_plain_sentence_and_no_compass() {
        Dialogue dialogue = answeredDialogue(3);
        results.publish(dialogue);
        signOut();
        newBrowserSession();

        navigate("r/" + dialogue.joinCode());

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("results-too-small")).getText())
                .isEqualTo("Färre än 5 personer svarade. Därför visar vi inga siffror: det skyddar dem som svarade.");
        assertThat(_find(CompassView.class)).isEmpty();
        assertThat(text(_get(ResultsContent.class))).contains("Belysning vid tunneln").doesNotContain("Median");
    }

    @Test
    void the_page_speaks_each_language_the_dialogue_offered_and_no_other() {
        Dialogue dialogue = answeredDialogue(6);
        var settings = dialogue.settings();
        dialogues.update(dialogue.id(), new se.platskompassen.dialogue.DialogueSettings(settings.title(),
                settings.intro(), settings.version(), EnumSet.of(Language.SV, Language.AR), settings.kind(),
                settings.opensAt(), settings.closesAt(), settings.areaChoices()));
        tenants.signInAs(tenants.newStaff(dialogue.organisationId(), Role.ORGANISATION_ADMIN));
        results.publish(dialogue);
        signOut();
        newBrowserSession();

        navigate("r/" + dialogue.joinCode() + "?lang=ar");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
        assertThat(_find(Button.class).stream().map(Button::getText))
                .contains("العربية", "Svenska");
        _click(_get(Button.class, spec -> spec.withText("Svenska")));
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("sv");
        assertThat(text(_get(ResultsContent.class))).contains("Trygghet");

        navigate("r/" + dialogue.joinCode() + "?lang=fi");
        assertThat(UI.getCurrent().getLocale().getLanguage()).as("Finnish was not offered").isEqualTo("sv");
    }

    @Test
    void the_facilitator_updates_an_actions_status_on_the_dialogue_page_after_closing() {
        Dialogue dialogue = answeredDialogue(6);
        dialogues.close(dialogue.id());
        UI.getCurrent().navigate("dialogues/" + dialogue.id());

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label",
                "Ändra status för åtgärden Belysning vid tunneln")));
        @SuppressWarnings("unchecked")
        var status = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<ActionStatus>) _get(
                com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withLabel("Status"));
        status.setValue(ActionStatus.DONE);
        _get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withLabel("Kort kommentar till invånarna")).setValue("Klart i oktober.");
        _click(_get(Button.class, spec -> spec.withText("Spara")));

        DialogueAction action = discussions.of(dialogue).actions().getFirst();
        assertThat(action.status()).isEqualTo(ActionStatus.DONE);
        assertThat(action.statusNote()).isEqualTo("Klart i oktober.");
        assertThat(_find(Span.class, spec -> spec.withClasses("action-status"))).singleElement()
                .satisfies(badge -> assertThat(badge.getText()).isEqualTo("Klar"));
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }
}
