package se.platskompassen.questionnaire;

import java.util.List;
import java.util.Map;

/**
 * One revision of one questionnaire version, exactly as loaded from its data file. Every
 * response records {@link #id()} and {@link #hash()} of the revision it was given.
 */
public record Questionnaire(
        Version version,
        String revision,
        String hash,
        Map<Language, QuestionnaireTexts> texts,
        List<ThemeContent> themes) {

    public Questionnaire {
        texts = Map.copyOf(texts);
        themes = List.copyOf(themes);
    }

    /** E.g. {@code vuxen/2026.1}. */
    public String id() {
        return version.id() + "/" + revision;
    }

    public Scale scale() {
        return version.scale();
    }

    /** The texts in {@code language}; in Swedish where this revision was not worded in it. */
    public QuestionnaireTexts texts(Language language) {
        return texts.getOrDefault(language, texts.get(Language.SV));
    }

    /** The languages this revision is worded in. */
    public java.util.Set<Language> languages() {
        return texts.keySet();
    }

    public ThemeContent theme(Theme theme) {
        return themes.get(theme.ordinal());
    }

    public ThemeText text(Theme theme, Language language) {
        return theme(theme).text(language);
    }
}
