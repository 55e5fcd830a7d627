package se.platskompassen.dialogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Tenants;

/** The dialogue form takes every list of area choices the dialogue can store, and says why it refuses the rest. */
class AreaChoicesFormTest extends KaribuTest {

    private static final String AREAS = "Områden att välja bland (valfritt)";

    @Autowired Tenants tenants;
    @Autowired DialogueService dialogues;

    private Dialogue editSettings() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        signInAs(tenants.newStaff(dialogue.organisationId(), Role.FACILITATOR));
        navigate("dialogues/" + dialogue.id());
        _click(_get(Button.class, spec -> spec.withText("Ändra inställningar")));
        return dialogue;
    }

    private static List<String> longestAreas() {
        List<String> areas = new ArrayList<>();
        for (int i = 0; i < DialogueSettings.MAX_AREA_CHOICES; i++) {
            areas.add(String.format("%02d", i) + "x".repeat(DialogueSettings.MAX_AREA_CHOICE - 2));
        }
        return areas;
    }

    @Test
    void the_most_and_longest_areas_are_saved_and_a_line_typed_twice_counts_once() {
        Dialogue dialogue = editSettings();
        List<String> areas = longestAreas();
        List<String> typed = new ArrayList<>(areas);
        typed.add(areas.getFirst());

        _setValue(_get(TextArea.class, spec -> spec.withLabel(AREAS)), String.join("\n", typed));
        _click(_get(Button.class, spec -> spec.withText("Spara")));

        assertThat(dialogues.find(dialogue.id()).orElseThrow().areaChoices()).isEqualTo(areas);
    }

    @Test
    void one_area_too_many_is_refused_with_the_limits_and_nothing_is_saved() {
        Dialogue dialogue = editSettings();
        List<String> typed = new ArrayList<>(longestAreas());
        typed.add("Ett till");

        _setValue(_get(TextArea.class, spec -> spec.withLabel(AREAS)), String.join("\n", typed));
        _click(_get(Button.class, spec -> spec.withText("Spara")));

        TextArea field = _get(TextArea.class, spec -> spec.withLabel(AREAS));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Högst 20 områden med högst 100 tecken vardera.");
        assertThat(dialogues.find(dialogue.id()).orElseThrow().areaChoices()).isEmpty();
    }
}
