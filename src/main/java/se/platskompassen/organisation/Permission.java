package se.platskompassen.organisation;

/** The things a role may do; services check these, views only hide what cannot be used. */
public enum Permission {
    READ_RESULTS,
    RUN_DIALOGUES,
    EXPORT,
    MANAGE_STAFF,
    MANAGE_PRIVACY,
    VIEW_AUDIT,
    MANAGE_ORGANISATIONS,
    MANAGE_API_TOKENS,
    /** Replace a resident language's pack (network-wide: it changes what every organisation asks). */
    MANAGE_LANGUAGE_PACKS
}
