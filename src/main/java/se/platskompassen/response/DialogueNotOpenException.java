package se.platskompassen.response;

import se.platskompassen.dialogue.Availability;

/** A new response was started in a dialogue that is closed or not yet open. */
public class DialogueNotOpenException extends IllegalStateException {

    private final Availability availability;

    DialogueNotOpenException(Availability availability) {
        super("The dialogue is " + availability);
        this.availability = availability;
    }

    public Availability availability() {
        return availability;
    }
}
