package se.platskompassen.comments;

/** A tag name that cannot be used; the reason lets a view say why in the reader's language. */
public class TagNameException extends IllegalArgumentException {

    public enum Reason {
        BLANK,
        TOO_LONG,
        /** Another tag of the organisation has this name, in any mix of upper and lower case. */
        TAKEN
    }

    private final Reason reason;

    public TagNameException(Reason reason) {
        super(switch (reason) {
            case BLANK -> "A tag needs a name";
            case TOO_LONG -> "A tag name has at most " + TagNames.MAX_LENGTH + " characters";
            case TAKEN -> "The organisation has a tag with this name";
        });
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public static int maxLength() {
        return TagNames.MAX_LENGTH;
    }
}
