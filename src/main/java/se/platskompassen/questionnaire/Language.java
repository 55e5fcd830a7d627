package se.platskompassen.questionnaire;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages residents can answer in. Each has a language pack
 * ({@code classpath:languages/<code>.json}) with everything a resident sees; Swedish is the source
 * the others are translated from, and staff pages are Swedish or English. The code is a BCP 47
 * tag: easy Swedish (lättläst) is Swedish with the private-use subtag {@code x-easy}, so pages
 * and screen readers still treat it as Swedish.
 */
public enum Language {
    SV("sv", "sv-SE", false),
    EN("en", "en-GB", false),
    SV_EASY("sv-x-easy", "sv-SE-x-easy", false),
    AR("ar", "ar", true),
    FA("fa", "fa-IR", true),
    SO("so", "so", false),
    TI("ti", "ti", false),
    UK("uk", "uk-UA", false),
    FI("fi", "fi-FI", false),
    PL("pl", "pl-PL", false);

    private static final String EASY = "easy";

    private final String code;
    private final Locale locale;
    private final boolean rightToLeft;

    Language(String code, String localeTag, boolean rightToLeft) {
        this.code = code;
        this.locale = Locale.forLanguageTag(localeTag);
        this.rightToLeft = rightToLeft;
    }

    public Locale locale() {
        return locale;
    }

    /** The BCP 47 tag that responses record and pages carry as {@code lang}, e.g. {@code sv}. */
    public String code() {
        return code;
    }

    /** Arabic and Persian are written right to left. */
    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** Staff pages come in Swedish and English only. */
    public boolean forStaff() {
        return this == SV || this == EN;
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public static Language of(Locale locale) {
        if (EASY.equals(locale.getExtension(Locale.PRIVATE_USE_EXTENSION)) && "sv".equals(locale.getLanguage())) {
            return SV_EASY;
        }
        return fromCode(locale.getLanguage()).orElse(SV);
    }
}
