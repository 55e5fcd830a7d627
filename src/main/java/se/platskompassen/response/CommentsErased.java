package se.platskompassen.response;

/**
 * Published inside the transaction that erased an organisation's old comments (the retention
 * setting), so that what hangs on those comments (their tags) goes with them.
 */
public record CommentsErased(long organisationId) {
}
