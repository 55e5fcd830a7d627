package se.platskompassen.results;

import java.util.List;
import se.platskompassen.questionnaire.Language;

/**
 * What a "Vad vi hörde" poster says. The caller supplies every text in the reader's language; the
 * poster adds none of its own.
 *
 * @param placeName the place, printed largest, as the organisation wrote it
 * @param heading such as "Vad vi hörde – vad vi gör"
 * @param dialogueLine the dialogue's title and dates
 * @param actionsHeading the word above the actions
 * @param actions the first few actions, each with where it stands
 * @param more a line saying that more is on the page, or empty
 * @param scan the line beside the QR code, such as "Skanna koden och se hur det går"
 * @param link the results page's absolute address, printed and in the QR code
 * @param footer a small line at the bottom, such as the organiser
 * @param language the reader's language: the direction the poster runs in, and the language screen
 *     readers read it in
 */
public record ResultsPosterContent(String placeName, String heading, String dialogueLine, String actionsHeading,
        List<Action> actions, String more, String scan, String link, String footer, Language language) {

    public ResultsPosterContent {
        actions = List.copyOf(actions);
    }

    /** Whether the reader's language runs right to left (Arabic, Persian). */
    public boolean rightToLeft() {
        return language.rightToLeft();
    }

    /** One action: what is to be done, and its status in words (status, date, note). */
    public record Action(String what, String status) {
    }
}
