package se.platskompassen.paper;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.PdfWriter;
import se.platskompassen.questionnaire.ClimateModule;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Questionnaire;

/**
 * What a paper form prints: the questionnaire revision in one language, and the dialogue it
 * belongs to (its place, title and join code on every page).
 *
 * @param areaChoices the dialogue's areas to choose from; none leaves the question out
 * @param resultsAddress where the dialogue's results will be (printed in every page's footer), or empty
 * @param climate the Climate Lens of a dialogue that uses it (its optional question under each
 *        theme's score), or null
 */
public record PaperFormContent(Questionnaire questionnaire, Language language, String placeName,
        String dialogueTitle, String joinCode, List<String> areaChoices, String resultsAddress,
        @Nullable ClimateModule climate) {

    public PaperFormContent {
        areaChoices = List.copyOf(areaChoices);
    }

    /** A form without the Climate Lens. */
    public PaperFormContent(Questionnaire questionnaire, Language language, String placeName, String dialogueTitle,
            String joinCode, List<String> areaChoices, String resultsAddress) {
        this(questionnaire, language, placeName, dialogueTitle, joinCode, areaChoices, resultsAddress, null);
    }

    /** A form without the results address. */
    public PaperFormContent(Questionnaire questionnaire, Language language, String placeName, String dialogueTitle,
            String joinCode, List<String> areaChoices) {
        this(questionnaire, language, placeName, dialogueTitle, joinCode, areaChoices, "");
    }

    /** The direction the form's language is read in ({@code PdfWriter.RUN_DIRECTION_*}): Arabic and Persian right to left. */
    int direction() {
        return language.rightToLeft() ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
    }
}
