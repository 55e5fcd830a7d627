package se.platskompassen.dialogue;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Join codes are read aloud and typed by people. A code is shown with a dash ({@code K7PX-M4RT})
 * but looked up by its key: upper case letters and digits only, so case, spaces and dashes do
 * not matter, and a zero typed for the letter O still finds a code such as {@code DEMO-VUXEN}.
 *
 * <p>Generated codes use 29 symbols that cannot be mistaken for each other when read or heard:
 * no 0/O, 1/I/L, and no Q or W (which Swedish speakers read as "ku" and "dubbel-ve", easily
 * heard as K and V). Eight of them give 29<sup>8</sup> ≈ 5·10<sup>11</sup> codes, so that guessing
 * one of a few thousand live codes takes some hundred million tries; lookups are also limited
 * per browser session ({@link JoinAttempts}).
 */
public final class JoinCode {

    public static final int MAX_LENGTH = 16;
    static final String ALPHABET = "ABCDEFGHJKMNPRSTUVXYZ23456789";
    static final int GENERATED_LENGTH = 8;

    private JoinCode() {
    }

    /** The lookup key of a typed or stored code; empty when nothing usable is left. */
    public static String key(String typed) {
        StringBuilder key = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '0') {
                key.append('O');
            } else if ((c >= 'A' && c <= 'Z') || (c >= '1' && c <= '9')) {
                key.append(c);
            }
        }
        return key.length() > MAX_LENGTH ? "" : key.toString();
    }

    /** A fresh code of two groups of four, such as {@code K7PX-M4RT}. */
    static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(GENERATED_LENGTH + 1);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            if (i == GENERATED_LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
