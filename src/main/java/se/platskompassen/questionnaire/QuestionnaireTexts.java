package se.platskompassen.questionnaire;

import java.util.List;

/**
 * The texts of a questionnaire in one language. {@code steps} names each step of a pictured
 * scale (the child version's faces) and is empty where the scale is numbered.
 */
public record QuestionnaireTexts(String title, String intro, String scaleLow, String scaleHigh, List<String> steps) {

    public QuestionnaireTexts {
        steps = List.copyOf(steps);
    }
}
