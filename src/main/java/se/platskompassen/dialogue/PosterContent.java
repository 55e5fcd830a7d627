package se.platskompassen.dialogue;

import se.platskompassen.questionnaire.Language;

/**
 * What a join poster says. The caller supplies every text in the reader's language; the
 * poster adds none of its own.
 *
 * @param placeName the place the dialogue is about, printed largest, as the organisation wrote it
 * @param heading the question that invites people in, such as "Vad tycker du om platsen?"
 * @param instructions one or two sentences on how to join
 * @param codeLabel the word above the join code, such as "Kod"
 * @param joinCode the code to type, such as {@code K7PX-M4RT}
 * @param link the join link, printed and in the QR code
 * @param footer a small line at the bottom, such as the organiser
 * @param resultsLine a short line with the address of the dialogue's results page, or empty
 * @param language the language the texts are in, which screen readers read the poster in
 */
public record PosterContent(String placeName, String heading, String instructions, String codeLabel,
        String joinCode, String link, String footer, String resultsLine, Language language) {

    /** A poster in Swedish. */
    public PosterContent(String placeName, String heading, String instructions, String codeLabel, String joinCode,
            String link, String footer, String resultsLine) {
        this(placeName, heading, instructions, codeLabel, joinCode, link, footer, resultsLine, Language.SV);
    }

    /** A poster in Swedish without the results line. */
    public PosterContent(String placeName, String heading, String instructions, String codeLabel, String joinCode,
            String link, String footer) {
        this(placeName, heading, instructions, codeLabel, joinCode, link, footer, "");
    }
}
