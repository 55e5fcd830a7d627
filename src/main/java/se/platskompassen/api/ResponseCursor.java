package se.platskompassen.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import se.platskompassen.exchange.ResponsePosition;

/**
 * The opaque {@code after} parameter of the responses list: where the previous page ended (the
 * last response's start time and id), Base64url-encoded. Clients pass it on as they got it.
 */
final class ResponseCursor {

    private ResponseCursor() {
    }

    static String encode(ResponsePosition position) {
        String plain = position.startedAt().getEpochSecond() + "." + position.startedAt().getNano() + "."
                + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The position a cursor stands for; {@link IllegalArgumentException} for anything we did not make. */
    static ResponsePosition decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            String[] parts = plain.split("\\.", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException("Not a cursor");
            }
            Instant startedAt = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            return new ResponsePosition(startedAt, UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The cursor is not one this API made", e);
        }
    }
}
