package se.platskompassen.organisation;

/** The actor may not do this; raised below the views, so that a forgotten check cannot leak. */
public class NoAccessException extends RuntimeException {

    public NoAccessException(String message) {
        super(message);
    }
}
