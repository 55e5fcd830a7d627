package se.platskompassen.questionnaire;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything a resident sees in one language: the flow's texts (by message key) and the three
 * questionnaire versions' wording (keys {@code questionnaire.<version>.…}), with the language's
 * own name and how far its translation has been checked. {@code sourceTexts} is the Swedish each
 * text was translated from, kept beside it in the file for translators.
 */
public record LanguagePack(
        Language language,
        String name,
        String englishName,
        Review review,
        Map<String, String> texts,
        Map<String, String> sourceTexts) {

    public static final String QUESTIONNAIRE = "questionnaire.";

    public LanguagePack {
        texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        sourceTexts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sourceTexts));
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable(texts.get(key));
    }

    /** How far a translation is checked: Swedish is the source; others are drafts until reviewed. */
    public enum Status {
        SOURCE, DRAFT, REVIEWED
    }

    /** Who checked the translation and when; both are set exactly when the status is reviewed. */
    public record Review(Status status, @Nullable String reviewedBy, @Nullable LocalDate reviewedOn) {
    }
}
