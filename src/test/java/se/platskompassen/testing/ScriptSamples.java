package se.platskompassen.testing;

import java.util.Map;

/**
 * A line of text in each script the language packs are written in, to print and read back: the
 * Arabic line has the lam-alef ligature, Arabic-Indic digits and the Arabic comma; the Persian
 * line the letters Arabic lacks (پ چ ژ گ ک ی) and zero-width non-joiners.
 */
public final class ScriptSamples {

    public static final String ARABIC = "أهلا بكم في الحديقة، ١٢٣";
    public static final String PERSIAN = "پارک ژاله چگونه کوچه‌ها را می‌بینید";
    public static final String TIGRINYA = "ከመይ ኣለኹም ኣብዚ ቦታ";
    public static final String UKRAINIAN = "Чи почуваєтеся ви тут у безпеці? Ґанок, їжак";
    public static final String POLISH = "Łódź Żółć gęślą jaźń";
    public static final String FINNISH = "Tunnetko olosi turvalliseksi? Äänekoski, Öljy";

    /** Every sample by the language it is in. */
    public static final Map<String, String> ALL = Map.of("ar", ARABIC, "fa", PERSIAN, "ti", TIGRINYA,
            "uk", UKRAINIAN, "pl", POLISH, "fi", FINNISH);

    /**
     * The samples as a reader extracts them from a PDF: the zero-width non-joiner is not a glyph
     * but a break in the joining, so it prints as nothing (the letters around it are drawn unjoined).
     */
    public static String[] extracted() {
        return ALL.values().stream().map(sample -> sample.replace("\u200c", "")).toArray(String[]::new);
    }

    private ScriptSamples() {
    }
}
