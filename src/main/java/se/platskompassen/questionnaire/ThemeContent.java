package se.platskompassen.questionnaire;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A theme as one questionnaire version words it, with an optional picture (child version). */
public record ThemeContent(Theme theme, @Nullable String picture, Map<Language, ThemeText> texts) {

    public ThemeContent {
        texts = Map.copyOf(texts);
    }

    /** The wording in {@code language}; in Swedish where the revision was not worded in it. */
    public ThemeText text(Language language) {
        return texts.getOrDefault(language, texts.get(Language.SV));
    }
}
