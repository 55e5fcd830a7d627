package se.platskompassen.response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The anonymous marker of one browser session that starts responses: the SHA-256 of a random
 * token the server drew when the session began. It says nothing about the person, the device or
 * the address; it only ties together the responses started in one session, so that starts can be
 * counted per session (abuse limits) and staff can see many responses from one session. A shared
 * tablet is one session for many people; a phone is usually one person.
 */
public record ResidentSession(String marker) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public ResidentSession {
        if (marker.length() != 64) {
            throw new IllegalArgumentException("A session marker is a SHA-256 in hex");
        }
    }

    /** A new session: a fresh random token, of which only the hash is ever stored. */
    public static ResidentSession random() {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        return fromToken(HexFormat.of().formatHex(token));
    }

    public static ResidentSession fromToken(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return new ResidentSession(HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
