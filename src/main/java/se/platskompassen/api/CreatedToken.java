package se.platskompassen.api;

/** A token just made: the stored token, and the secret itself, which is shown this once only. */
public record CreatedToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "CreatedToken[" + token.prefix() + "…]";
    }
}
