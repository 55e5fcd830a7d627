package se.platskompassen.comments;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A searched text as a LIKE pattern: "contains", case-insensitive, with the letters as typed
 * (å, ä and ö are letters of their own in Swedish, not a with something on top). The pattern's
 * own symbols in what the person typed (% and _, and the escape symbol !) are escaped, so that a
 * search for "50%" finds exactly that.
 */
final class CommentSearchText {

    static final char ESCAPE = '!';

    private CommentSearchText() {
    }

    static String containsPattern(String typed) {
        String folded = Normalizer.normalize(typed.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder pattern = new StringBuilder(folded.length() + 2).append('%');
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
