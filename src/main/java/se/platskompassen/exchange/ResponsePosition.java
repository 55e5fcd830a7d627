package se.platskompassen.exchange;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a response lies in the order of the exports (as started, then by id): the JSON API's
 * pages of responses continue after the last one of the previous page.
 */
public record ResponsePosition(Instant startedAt, UUID id) {

    public static ResponsePosition of(ExportedResponse response) {
        return new ResponsePosition(response.startedAt(), response.id());
    }
}
