package se.platskompassen.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.Tenants;

/** Every list of area choices the validation lets through fits where it is stored, on every database. */
abstract class AreaChoicesContract {

    @Autowired Tenants tenants;
    @Autowired DialogueService dialogues;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    @Test
    void the_most_and_longest_area_choices_allowed_are_stored_and_read_back_whole() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        List<String> areas = new ArrayList<>();
        for (int i = 0; i < DialogueSettings.MAX_AREA_CHOICES; i++) {
            areas.add(String.format("%02d", i) + "ö".repeat(DialogueSettings.MAX_AREA_CHOICE - 2));
        }
        DialogueSettings before = dialogue.settings();
        DialogueSettings settings = new DialogueSettings(before.title(), before.intro(), before.version(),
                before.languages(), before.kind(), before.opensAt(), before.closesAt(), areas);

        dialogues.update(dialogue.id(), settings);

        assertThat(dialogues.find(dialogue.id()).orElseThrow().areaChoices()).isEqualTo(areas);
    }
}
