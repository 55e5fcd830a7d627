package se.platskompassen.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.platskompassen.response.ui.FlowDriver.click;
import static se.platskompassen.response.ui.FlowDriver.heading;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.dom.Element;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueKind;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.Tenants;

/**
 * The resident's language on the flow's screens: it stays from the start to the thanks, the next
 * person on a shared tablet starts in the dialogue's first language, and what the organisation
 * wrote in Swedish is marked as Swedish on a screen in another language.
 */
class ResidentLanguageTest extends ResidentFlowTest {

    @Autowired MessageSource messages;
    @Autowired ManualKioskTimers timers;
    @Autowired Tenants tenants;
    @Autowired DialogueService dialogues;

    private String arabic(String key, Object... values) {
        return messages.getMessage(key, values, Language.AR.locale());
    }

    private void chooseArabicAndStart() {
        click(arabic("language.name"));
        click(arabic("flow.start.button"));
    }

    private static boolean markedSwedish(Element element) {
        return "sv".equals(element.getAttribute("lang")) && "ltr".equals(element.getAttribute("dir"));
    }

    /** An element and everything inside it. */
    private static Stream<Element> within(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(ResidentLanguageTest::within));
    }

    @Test
    void in_arabic_the_areas_the_organisation_wrote_are_marked_as_swedish_and_the_rest_is_not() {
        navigate("d/demo-vuxen");
        chooseArabicAndStart();

        RadioButtonGroup<?> areas = _get(RadioButtonGroup.class, spec -> spec.withLabel(arabic("flow.background.area")));
        List<Element> radios = areas.getChildren().map(Component::getElement).toList();
        assertThat(radios).hasSize(4);
        assertThat(radios.subList(0, 3)).allMatch(radio -> within(radio).anyMatch(ResidentLanguageTest::markedSwedish),
                "the three areas are marked lang=sv dir=ltr");
        assertThat(within(radios.get(3)).noneMatch(element -> element.hasAttribute("lang")))
                .as("\"prefer not to say\" is Arabic").isTrue();
    }

    @Test
    void in_swedish_nothing_on_the_background_screen_is_marked() {
        navigate("d/demo-vuxen");
        click("Börja");
        RadioButtonGroup<?> areas = _get(RadioButtonGroup.class, spec -> spec.withLabel("Var på platsen håller du mest till?"));
        assertThat(within(areas.getElement()).noneMatch(element -> element.hasAttribute("lang"))).isTrue();
    }

    @Test
    void a_closed_dialogue_offered_in_arabic_only_says_so_in_arabic_with_its_swedish_names_marked() {
        Dialogue any = tenants.newDialogue(Version.VUXEN);
        Dialogue closed = dialogues.createWithCode(any.placeId(), new DialogueSettings("Samtal på torget", null,
                Version.VUXEN, EnumSet.of(Language.AR), DialogueKind.INDIVIDUAL, null, null, List.of()),
                "AR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('0', 'O'),
                DialogueStatus.CLOSED);
        tenants.signOut();

        navigate("d/" + closed.joinCode());

        _get(Paragraph.class, spec -> spec.withText(arabic("answer.closed")));
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Language.AR.locale());
        assertThat(markedSwedish(_get(H1.class).getElement())).as("the place's name").isTrue();
        assertThat(markedSwedish(_get(Paragraph.class, spec -> spec.withText("Samtal på torget")).getElement()))
                .as("the dialogue's title").isTrue();
    }

    @Test
    void the_chosen_language_stays_through_the_themes_the_summary_and_the_thanks() {
        navigate("d/demo-vuxen");
        chooseArabicAndStart();
        assertThat(heading()).isEqualTo(arabic("flow.background.title"));
        click(arabic("flow.next"));
        for (int i = 0; i < Theme.COUNT; i++) {
            String progress = arabic("flow.progress", i + 1, Theme.COUNT);
            _get(Paragraph.class, spec -> spec.withText(progress));
            click(arabic("flow.skip"));
        }
        assertThat(heading()).isEqualTo(arabic("flow.summary.title"));
        click(arabic("flow.submit"));
        assertThat(heading()).isEqualTo(arabic("flow.thanks.title"));
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Language.AR.locale());
        assertThat(FlowDriver.flow().state().language).isEqualTo(Language.AR);
    }

    @Test
    void the_next_person_on_a_shared_tablet_starts_in_the_dialogues_first_language() {
        navigate("kiosk/demo-vuxen");
        chooseArabicAndStart();
        click(arabic("flow.next"));
        for (int i = 0; i < Theme.COUNT; i++) {
            click(arabic("flow.skip"));
        }
        click(arabic("flow.submit"));
        click(arabic("flow.thanks.next"));

        assertThat(heading()).isEqualTo("Norrbacka");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Language.SV.locale());
        assertThat(_find(Button.class, spec -> spec.withText("Börja"))).hasSize(1);
    }

    @Test
    void a_shared_tablet_left_at_its_start_in_another_language_returns_to_the_first_language() {
        navigate("kiosk/demo-vuxen");
        assertThat(timers.waiting()).as("nothing to undo at a start in the first language").isEmpty();
        click(arabic("language.name"));
        assertThat(timers.waiting()).containsExactly(Duration.ofSeconds(180));

        timers.elapse();

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Language.SV.locale());
        assertThat(_find(Button.class, spec -> spec.withText("Börja"))).hasSize(1);
        assertThat(timers.waiting()).isEmpty();
    }

    @Test
    void a_shared_tablet_whose_person_went_back_to_the_start_in_another_language_returns_to_the_first_language() {
        navigate("kiosk/demo-vuxen");
        chooseArabicAndStart();
        click(arabic("flow.back"));
        assertThat(heading()).isEqualTo("Norrbacka");
        assertThat(_find(Button.class, spec -> spec.withText(arabic("flow.start.button")))).hasSize(1);

        timers.elapse();

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Language.SV.locale());
        assertThat(_find(Button.class, spec -> spec.withText("Börja"))).hasSize(1);
    }
}
