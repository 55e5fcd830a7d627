package se.platskompassen.base;

import java.text.Normalizer;
import java.util.Locale;

/**
 * File names that every browser, operating system and mail program takes as they are: ASCII
 * letters, digits, {@code -}, {@code _} and {@code .} only. Swedish letters lose their marks
 * (å, ä → a, ö → o), everything else becomes a dash.
 */
public final class SafeFileName {

    public static final int MAX_PART = 60;

    private SafeFileName() {
    }

    /** A part of a file name made from free text, e.g. a dialogue's title; "export" when nothing is left. */
    public static String part(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replace('ß', 's').replace('æ', 'a').replace('Æ', 'A').replace('ø', 'o').replace('Ø', 'O')
                .replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'D').replace('ŋ', 'n').replace('Ŋ', 'N').replace('ŧ', 't')
                .replace('Ŧ', 'T')
                .toLowerCase(Locale.ROOT);
        String safe = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (safe.length() > MAX_PART) {
            safe = safe.substring(0, MAX_PART).replaceAll("-+$", "");
        }
        return safe.isEmpty() ? "export" : safe;
    }

    /** Joins parts with dashes and adds the extension; the result holds only safe characters. */
    public static String of(String extension, String... parts) {
        String name = String.join("-", parts) + "." + extension;
        if (!name.matches("[A-Za-z0-9._-]+") || name.startsWith(".")) {
            throw new IllegalArgumentException("Not a safe file name: " + name);
        }
        return name;
    }
}
