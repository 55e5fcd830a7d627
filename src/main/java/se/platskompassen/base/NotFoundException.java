package se.platskompassen.base;

/**
 * Nothing with this id exists for the actor. Asking for another organisation's place, dialogue
 * or response gives exactly this too: no hint that it exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
