package se.platskompassen.dialogue;

/**
 * Something in a dialogue changed that a live view shows: a resident saved, the group agreed a
 * score, the dialogue opened or closed. Published as a Spring application event inside the
 * transaction that made the change.
 */
public record DialogueActivity(long dialogueId) {
}
