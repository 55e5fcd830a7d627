package se.platskompassen.audit;

/** What the audit log records. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    EXPORT,
    IMPORT,
    RESPONSES_DELETED,
    COMMENTS_ERASED,
    STAFF_CREATED,
    STAFF_DEACTIVATED,
    STAFF_REACTIVATED,
    ROLE_CHANGED,
    PASSWORD_CHANGED,
    ORGANISATION_CREATED,
    SETTINGS_CHANGED,
    DIALOGUE_OPENED,
    DIALOGUE_CLOSED
}
