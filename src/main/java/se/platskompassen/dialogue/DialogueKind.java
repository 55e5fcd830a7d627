package se.platskompassen.dialogue;

/** Whether residents answer one by one, a group agrees scores together, or both. */
public enum DialogueKind {
    INDIVIDUAL,
    GROUP,
    BOTH
}
