package se.platskompassen.organisation;

/**
 * A staff account's password was changed by its owner or reset by an admin: sessions signed in
 * with the old password end (the security feature listens), except the one that made the change.
 */
public record PasswordChanged(long staffId) {
}
