package se.platskompassen.response;

/**
 * A new response was refused because responses are being started faster than people answer:
 * from one browser session, or in the whole dialogue, or the session has left too many unfinished.
 * The resident is asked to wait a moment; nothing they answered is lost.
 */
public class TooManyStartsException extends IllegalStateException {

    /** Which limit was reached. */
    public enum Limit { SESSION, UNFINISHED, DIALOGUE }

    private final Limit limit;

    TooManyStartsException(Limit limit) {
        super("Too many new responses: " + limit);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }
}
