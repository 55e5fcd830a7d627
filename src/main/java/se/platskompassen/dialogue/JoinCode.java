package se.platskompassen.dialogue;

import java.util.Locale;

/**
 * Join codes are read aloud and typed by people. A code is shown with a dash ({@code DEMO-VUXEN})
 * but looked up by its key: upper case letters and digits only, so case, spaces and dashes do
 * not matter, and a zero typed for the letter O still finds the code.
 */
public final class JoinCode {

    public static final int MAX_LENGTH = 16;

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
}
