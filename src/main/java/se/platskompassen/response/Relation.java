package se.platskompassen.response;

/** A respondent's main relation to the place. */
public enum Relation {
    LIVE,
    WORK,
    STUDY,
    VISIT
}
