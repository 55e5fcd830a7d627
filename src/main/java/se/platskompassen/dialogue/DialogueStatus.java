package se.platskompassen.dialogue;

public enum DialogueStatus {
    DRAFT,
    OPEN,
    CLOSED
}
