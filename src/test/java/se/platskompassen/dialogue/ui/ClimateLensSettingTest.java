package se.platskompassen.dialogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.compass.CompassSeries;
import se.platskompassen.compass.ui.CompassView;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.ClimateModules;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.ClimateAnswers;
import se.platskompassen.response.RecordedResponse;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Respondents;
import se.platskompassen.testing.Tenants;

/**
 * A facilitator turns the Climate Lens on in a dialogue's settings (off by default), and the
 * dialogue page's group compass then draws the climate medians as a series of their own, each
 * theme only once enough people gave it a climate score (decision 0038).
 */
class ClimateLensSettingTest extends KaribuTest {

    @Autowired Tenants tenants;
    @Autowired DialogueService dialogues;
    @Autowired Respondents respondents;
    @Autowired ClimateAnswers climate;
    @Autowired ClimateModules modules;

    private Dialogue dialogueOfSignedInFacilitator() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        signInAs(tenants.newStaff(dialogue.organisationId(), Role.FACILITATOR));
        return dialogue;
    }

    private List<String> compassSeries() {
        return Objects.requireNonNull(_get(CompassView.class).chart()).series().stream().map(CompassSeries::label)
                .toList();
    }

    @Test
    void the_climate_lens_is_off_by_default_and_a_facilitator_turns_it_on_in_the_settings() {
        Dialogue dialogue = dialogueOfSignedInFacilitator();
        assertThat(dialogue.climateLens()).isFalse();
        navigate("dialogues/" + dialogue.id());
        assertThat(compassSeries()).doesNotContain("Klimatlinsen (median)");
        _click(_get(Button.class, spec -> spec.withText("Ändra inställningar")));

        Checkbox lens = _get(Checkbox.class, spec -> spec.withLabel("Lägg till Klimatlinsen"));
        assertThat(lens.getValue()).isFalse();
        assertThat(lens.getHelperText()).contains("egen serie på kompassen");
        _setValue(lens, true);
        _click(_get(Button.class, spec -> spec.withText("Spara")));

        assertThat(dialogues.find(dialogue.id()).orElseThrow().climateLens()).isTrue();
        assertThat(compassSeries()).contains("Klimatlinsen (median)");
    }

    @Test
    void the_group_compass_shows_a_climate_median_only_where_enough_people_gave_one() {
        Dialogue created = dialogueOfSignedInFacilitator();
        Dialogue dialogue = dialogues.update(created.id(), created.settings().withClimateLens(true));
        List<RecordedResponse> recorded = respondents.in(dialogue).count(4).scoreEveryTheme(5).record();
        Map<UUID, Map<Theme, @Nullable Integer>> scores = new HashMap<>();
        for (int i = 0; i < recorded.size(); i++) {
            Map<Theme, @Nullable Integer> byTheme = new HashMap<>();
            byTheme.put(Theme.NATURAL_SPACE, 3);
            byTheme.put(Theme.FEELING_SAFE, i == 0 ? 6 : null);
            scores.put(recorded.get(i).id(), byTheme);
        }
        climate.record(dialogue, modules.current(Version.VUXEN), scores, java.time.Instant.now());

        navigate("dialogues/" + dialogue.id());

        CompassSeries series = Objects.requireNonNull(_get(CompassView.class).chart()).series().stream()
                .filter(shape -> shape.label().equals("Klimatlinsen (median)")).findFirst().orElseThrow();
        assertThat(series.value(Theme.NATURAL_SPACE)).isEqualTo(3.0);
        assertThat(series.value(Theme.FEELING_SAFE)).as("one climate score is too few to show").isNull();
    }
}
