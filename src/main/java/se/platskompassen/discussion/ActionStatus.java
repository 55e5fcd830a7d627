package se.platskompassen.discussion;

/**
 * Where an action stands, as the municipality reports it to residents on the results page over
 * the months after a dialogue: planned, started, done, or dropped (with a note saying why).
 */
public enum ActionStatus {
    PLANNED,
    STARTED,
    DONE,
    DROPPED
}
