package se.platskompassen.results.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
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

/**
 * "Läs upp" on the public results page: a resident who cannot read the page hears what it shows,
 * in the page's language, from the packs and what the organisation published (the browser
 * speaks it: ReadAloudIT), never more than the page shows.
 */
class PublicResultsReadAloudTest extends KaribuTest {

    private static final String CHOSEN = "Mörkt vid tunneln";
    private static final String NOT_CHOSEN = "Ljust vid skolan";

    @Autowired Tenants tenants;
    @Autowired Respondents respondents;
    @Autowired DiscussionService discussions;
    @Autowired DialogueService dialogues;
    @Autowired ResultsService results;

    /** A dialogue of so many people in Swedish and Arabic, an action under way, one comment chosen, published. */
    private Dialogue published(int people) {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        var settings = dialogue.settings();
        dialogues.update(dialogue.id(), new DialogueSettings(settings.title(), settings.intro(), settings.version(),
                EnumSet.of(Language.SV, Language.AR), settings.kind(), settings.opensAt(), settings.closesAt(),
                settings.areaChoices()));
        respondents.in(dialogue).count(people).scoreEveryTheme(5).comment(Theme.FEELING_SAFE, NOT_CHOSEN, CHOSEN)
                .record();
        tenants.signInAs(tenants.newStaff(dialogue.organisationId(), Role.ORGANISATION_ADMIN));
        DialogueAction action = discussions.addAction(dialogue, new NewAction(Theme.FEELING_SAFE,
                "Belysning vid tunneln", "Gatuenheten", null));
        discussions.setActionStatus(dialogue, action.id(), ActionStatus.STARTED, "Lamporna är beställda.",
                LocalDate.of(2026, 11, 2));
        results.candidates(dialogue).stream().filter(comment -> comment.text().equals(CHOSEN)).findFirst()
                .map(PublishedComment::ref).ifPresent(ref -> results.chooseComments(dialogue, Set.of(ref)));
        results.publish(dialogue);
        tenants.signOut();
        newBrowserSession();
        return dialogue;
    }

    /** The one "Läs upp" on the page, which holds what it reads. */
    private static Element readAloud() {
        List<Button> buttons = _find(Button.class, spec -> spec.withClasses("read-aloud-button"));
        assertThat(buttons).as("one Läs upp on the page").hasSize(1);
        assertThat(buttons.getFirst().getText()).isEqualTo(UI.getCurrent().getTranslation("flow.readAloud"));
        return buttons.getFirst().getElement().getParent();
    }

    private static List<String> spoken() {
        return List.of(readAloud().getAttribute("data-text").split("\n"));
    }

    @Test
    void the_page_reads_its_heading_figures_agreement_actions_and_chosen_comments_in_swedish() {
        Dialogue dialogue = published(6);

        navigate("r/" + dialogue.joinCode());

        assertThat(readAloud().getAttribute("data-lang")).isEqualTo("sv-SE");
        assertThat(spoken()).startsWith("Vad vi hörde – vad vi gör", _get(H1.class).getText(), dialogue.title())
                .containsSubsequence("Vad ni svarade", "Så många svarade: 6", "Vad vi gör", "Belysning vid tunneln",
                        "Ansvarig: Gatuenheten", "Påbörjad", "sedan 2 november 2026", "Lamporna är beställda.",
                        "Några av era kommentarer", "Trygghet · Kan bli bättre", CHOSEN)
                .contains("Vad gruppen kom fram till")
                .doesNotContain(NOT_CHOSEN, "Läs upp", "Svenska", "العربية");
        for (ListItem theme : _find(_get(UnorderedList.class, spec -> spec.withClasses("results-themes")),
                ListItem.class)) {
            List<String> shown = theme.getChildren()
                    .map(shownPart -> shownPart.getElement().getTextRecursively()).toList();
            assertThat(spoken()).as("the theme as the page states it").containsSubsequence(shown);
        }
        assertThat(readAloud().hasAttribute("data-langs")).as("all of it in Swedish").isFalse();
    }

    @Test
    void a_group_too_small_is_read_only_the_plain_sentence_and_no_figure() {
        Dialogue dialogue = published(3);

        navigate("r/" + dialogue.joinCode());

        assertThat(spoken()).containsSubsequence("Vad ni svarade",
                "Färre än 5 personer svarade. Därför visar vi inga siffror: det skyddar dem som svarade.",
                "Vad gruppen kom fram till");
        assertThat(spoken()).noneMatch(text -> text.contains("Median") || text.contains("Så många svarade")
                || text.contains("svar, visas inte"));
        assertThat(spoken()).doesNotContain(NOT_CHOSEN);
    }

    @Test
    void in_arabic_the_page_is_read_in_arabic_and_what_the_organisation_wrote_in_swedish() {
        Dialogue dialogue = published(6);

        navigate("r/" + dialogue.joinCode() + "?lang=ar");

        Element readAloud = readAloud();
        assertThat(readAloud.getAttribute("data-lang")).isEqualTo("ar");
        List<String> spoken = spoken();
        List<String> languages = List.of(readAloud.getAttribute("data-langs").split("\n", -1));
        assertThat(languages).hasSameSizeAs(spoken);
        String kicker = UI.getCurrent().getTranslation("results.title");
        assertThat(kicker).isNotEqualTo("Vad vi hörde – vad vi gör");
        assertThat(spoken).startsWith(kicker, _get(H1.class).getText());
        assertThat(languages.get(0)).as("a pack's text, in the page's language").isEmpty();
        assertThat(languages.get(spoken.indexOf("Belysning vid tunneln"))).isEqualTo("sv-SE");
        assertThat(languages.get(spoken.indexOf("Lamporna är beställda."))).isEqualTo("sv-SE");
        assertThat(spoken).contains(UI.getCurrent().getTranslation("results.status.STARTED")).doesNotContain(NOT_CHOSEN);

        _click(_get(Button.class, spec -> spec.withText("Svenska")));
        assertThat(readAloud().getAttribute("data-lang")).as("the new language's texts").isEqualTo("sv-SE");
        assertThat(spoken()).startsWith("Vad vi hörde – vad vi gör");
    }

    @Test
    void the_staff_preview_has_no_read_aloud_of_its_own() {
        Dialogue dialogue = published(6);
        signInAs(tenants.newStaff(dialogue.organisationId(), Role.FACILITATOR));
        UI.getCurrent().navigate("dialogues/" + dialogue.id());

        _click(_get(Button.class, spec -> spec.withText("Förhandsgranska")));

        assertThat(_find(_get(ResultsContent.class), Button.class, spec -> spec.withClasses("read-aloud-button")))
                .isEmpty();
    }
}
