package se.platskompassen.response;

import org.jspecify.annotations.Nullable;

/**
 * Free text as residents type it: every Unicode letter, emoji and script is kept exactly;
 * control characters (but the line break) and broken surrogate halves are removed.
 */
public final class CommentText {

    public static final int MAX_LENGTH = 1000;

    private CommentText() {
    }

    /** The cleaned text, or {@code null} when nothing but white space is left. */
    public static @Nullable String clean(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    kept.append(c).append(text.charAt(++i));
                }
            } else if (Character.isLowSurrogate(c)) {
                continue;
            } else if (c == '\n' || c == '\t') {
                kept.append(c == '\t' ? ' ' : c);
            } else if (!Character.isISOControl(c)) {
                kept.append(c);
            }
        }
        String cleaned = kept.toString().strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Cleans and checks the length limit that the answer screens also enforce. */
    public static @Nullable String cleanWithinLimit(@Nullable String typed) {
        String cleaned = clean(typed);
        if (cleaned != null && cleaned.length() > MAX_LENGTH) {
            throw new CommentTooLongException(cleaned.length());
        }
        return cleaned;
    }

    /** A comment over the limit: the screens prevent it, the service refuses it. */
    public static final class CommentTooLongException extends IllegalArgumentException {

        CommentTooLongException(int length) {
            super("A comment has " + length + " characters; at most " + MAX_LENGTH + " are kept");
        }
    }
}
