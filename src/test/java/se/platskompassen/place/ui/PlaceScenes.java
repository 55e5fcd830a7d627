package se.platskompassen.place.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.organisation.Role;
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
