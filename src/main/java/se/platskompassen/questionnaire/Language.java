package se.platskompassen.questionnaire;

import java.util.Locale;
import java.util.Optional;

/** The languages residents can answer in: Swedish first, English second. */
public enum Language {
    SV(Locale.forLanguageTag("sv-SE")),
    EN(Locale.forLanguageTag("en-GB"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The two-letter code, e.g. {@code sv}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public static Language of(Locale locale) {
        return fromCode(locale.getLanguage()).orElse(SV);
    }
}
