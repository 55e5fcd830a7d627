package se.platskompassen.dialogue;

/** Whether a resident can answer a dialogue right now. */
public enum Availability {
    OPEN,
    NOT_YET_OPEN,
    CLOSED
}
