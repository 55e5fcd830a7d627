package se.platskompassen.questionnaire.ui;

import com.vaadin.flow.component.Component;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.PackProblem;

/** What is wrong with an entry of an uploaded pack, said in the admin's language. */
final class ProblemText {

    private ProblemText() {
    }

    /** {@code expected} is the language whose pack the file was to replace. */
    static String of(Component page, PackProblem problem, Language expected) {
        String detail = problem.detail();
        return switch (problem.kind()) {
            case FORMAT -> switch (problem.key()) {
                case "" -> page.getTranslation("languages.problem.FORMAT.json", detail);
                case "format" -> page.getTranslation("languages.problem.FORMAT.format", detail);
                case "key" -> page.getTranslation("languages.problem.FORMAT.key", detail);
                default -> page.getTranslation("languages.problem.FORMAT.field", problem.key());
            };
            case LANGUAGE -> Language.fromCode(detail)
                    .map(other -> page.getTranslation("languages.problem.LANGUAGE.other",
                            LanguageNames.staffName(page, other), LanguageNames.staffName(page, expected)))
                    .orElseGet(() -> page.getTranslation("languages.problem.LANGUAGE.unknown", detail));
            case REVIEW -> switch (problem.key()) {
                case "review.status" -> page.getTranslation("languages.problem.REVIEW.status", detail);
                case "review.reviewedOn" -> page.getTranslation("languages.problem.REVIEW.date", detail);
                default -> page.getTranslation("languages.problem.REVIEW");
            };
            case PLACEHOLDERS -> detail.isEmpty() ? page.getTranslation("languages.problem.PLACEHOLDERS.none")
                    : page.getTranslation("languages.problem.PLACEHOLDERS", detail);
            case TOO_LONG -> page.getTranslation("languages.problem.TOO_LONG", detail);
            case MISSING, UNKNOWN, DUPLICATE, EMPTY, APOSTROPHE ->
                    page.getTranslation("languages.problem." + problem.kind().name());
        };
    }
}
