package se.platskompassen.place.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.Background;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.RecordedResponse;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.Tenants;

/** Test data and page lookups shared by the places tests. */
final class PlaceScenes {

    private PlaceScenes() {
    }

    /** A name no other test uses, so that tests on the shared demo organisation stay apart. */
    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A facilitator of a new, empty organisation; returns the username (not yet signed in). */
    static String facilitatorOfNewOrganisation(Tenants tenants) {
        return tenants.newStaff(tenants.newOrganisation().id(), Role.FACILITATOR);
    }

    /** Records {@code count} responses that give every theme {@code score}, except one theme all skip. */
    static void answer(ResponseService responses, Dialogue dialogue, int count, int score, Theme skipped) {
        List<RecordedResponse> recorded = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<AnswerInput> answers = new ArrayList<>();
            for (Theme theme : Theme.values()) {
                answers.add(new AnswerInput(theme, theme == skipped ? null : score, null, null));
            }
            Instant when = Instant.parse("2026-03-01T10:00:00Z").plusSeconds(3600L * i);
            recorded.add(new RecordedResponse(UUID.randomUUID(), dialogue.id(), "vuxen/test", "hash", Language.SV,
                    CollectionMode.PAPER, Background.NONE, when, when, answers));
        }
        responses.record(dialogue, recorded);
    }

    /** The card of the place with this name in the list. */
    static PlaceCard card(String name) {
        return _find(PlaceCard.class).stream().filter(card -> card.link.getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No card for " + name));
    }

    static boolean hasCard(String name) {
        return _find(PlaceCard.class).stream().anyMatch(card -> card.link.getText().equals(name));
    }

    static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }
}
