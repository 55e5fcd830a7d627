package se.platskompassen.load;

/** A UIDL response that is not what the resident's next step needs; its message says what it was. */
final class ProtocolException extends RuntimeException {

    static final String RESYNC = "resync";
    static final String SESSION_EXPIRED = "session expired";

    ProtocolException(String message) {
        super(message, null, false, false);
    }
}
