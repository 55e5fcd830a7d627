package se.platskompassen.questionnaire;

import java.util.List;

/** A theme's short name, main question and the prompts that start a discussion. */
public record ThemeText(String name, String question, List<String> prompts) {

    public ThemeText {
        prompts = List.copyOf(prompts);
    }
}
