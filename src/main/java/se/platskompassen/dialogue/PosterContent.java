package se.platskompassen.dialogue;

/**
 * What a join poster says. The caller supplies every text in the reader's language; the
 * poster adds none of its own.
 *
 * @param placeName the place the dialogue is about, printed largest
 * @param heading the question that invites people in, such as "Vad tycker du om platsen?"
 * @param instructions one or two sentences on how to join
 * @param codeLabel the word above the join code, such as "Kod"
 * @param joinCode the code to type, such as {@code K7PX-M4RT}
 * @param link the join link, printed and in the QR code
 * @param footer a small line at the bottom, such as the organiser
 * @param resultsLine a short line with the address of the dialogue's results page, or empty
 */
public record PosterContent(String placeName, String heading, String instructions, String codeLabel,
        String joinCode, String link, String footer, String resultsLine) {

    /** A poster without the results line. */
    public PosterContent(String placeName, String heading, String instructions, String codeLabel, String joinCode,
            String link, String footer) {
        this(placeName, heading, instructions, codeLabel, joinCode, link, footer, "");
    }
}
