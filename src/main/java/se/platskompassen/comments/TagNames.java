package se.platskompassen.comments;

import java.text.Normalizer;
import java.util.Locale;

/** How a typed tag name is kept (trimmed, one space between words) and compared (case-insensitively). */
final class TagNames {

    static final int MAX_LENGTH = 40;

    private TagNames() {
    }

    /** The name as it is kept; refuses a blank or too long one. */
    static String clean(String typed) {
        StringBuilder kept = new StringBuilder(typed.length());
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            kept.append(Character.isWhitespace(c) || Character.isISOControl(c) ? ' ' : c);
        }
        String name = Normalizer.normalize(kept.toString(), Normalizer.Form.NFC).strip().replaceAll(" {2,}", " ");
        if (name.isEmpty()) {
            throw new TagNameException(TagNameException.Reason.BLANK);
        }
        if (name.length() > MAX_LENGTH) {
            throw new TagNameException(TagNameException.Reason.TOO_LONG);
        }
        return name;
    }

    /** What two names must not share within one organisation: "Buss" and "buss" are one tag. */
    static String key(String cleaned) {
        return cleaned.toLowerCase(Locale.ROOT);
    }
}
