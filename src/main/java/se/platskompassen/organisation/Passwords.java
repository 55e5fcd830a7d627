package se.platskompassen.organisation;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.jspecify.annotations.Nullable;

/** The password rule and one-time passwords for new accounts. */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    /** What bcrypt takes: the password's UTF-8 bytes beyond this would be ignored, so they are refused. */
    public static final int MAX_BYTES = 72;
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** Why a password is not acceptable, or null when it is. */
    public static @Nullable String problem(String password, String username) {
        if (password.length() < MIN_LENGTH) {
            return "tooShort";
        }
        if (password.length() > MAX_LENGTH) {
            return "tooLong";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "tooManyBytes";
        }
        if (password.strip().equalsIgnoreCase(username.strip())) {
            return "sameAsUsername";
        }
        return null;
    }

    /** A random password to hand over once; the person chooses their own at first login. */
    public static String oneTime() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            if (i % 4 == 3 && i < 15) {
                password.append('-');
            }
        }
        return password.toString();
    }

    /** A refused password; {@link #reason} is a message key suffix. */
    public static final class RefusedException extends IllegalArgumentException {

        private final String reason;

        public RefusedException(String reason) {
            super("Password refused: " + reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
