package se.platskompassen.response;

/** How many have started a dialogue and how many of them completed it. */
public record ResponseCounts(long started, long completed) {

    public long incomplete() {
        return started - completed;
    }
}
