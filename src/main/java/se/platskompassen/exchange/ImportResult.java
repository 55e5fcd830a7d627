package se.platskompassen.exchange;

/** What an import saved: {@code added} new responses; {@code alreadyThere} were in the dialogue before. */
public record ImportResult(int added, int alreadyThere) {
}
