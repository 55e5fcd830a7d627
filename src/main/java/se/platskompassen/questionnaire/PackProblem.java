package se.platskompassen.questionnaire;

/**
 * One thing wrong with a language pack, found before anything of it is saved. {@code key} names
 * the entry ("" for the file as a whole); {@code detail} is the offending value or the limit.
 */
public record PackProblem(Kind kind, String key, String detail) {

    public enum Kind {
        /** The file is not a language pack (not JSON, wrong format, a field missing). */
        FORMAT,
        /** The language is not one residents can answer in, or not the one being replaced. */
        LANGUAGE,
        /** A reviewed pack without the reviewer's name or date, or a draft claiming one. */
        REVIEW,
        /** An entry the Swedish pack has is missing. */
        MISSING,
        /** An entry the Swedish pack does not have. */
        UNKNOWN,
        /** An entry that occurs twice. */
        DUPLICATE,
        EMPTY,
        /** The placeholders ({0}, {1} …) differ from the Swedish text's. */
        PLACEHOLDERS,
        /** A plain apostrophe in a flow message, which message formatting would swallow. */
        APOSTROPHE,
        /** Longer than the screens allow: twice the Swedish text, at least 20 characters. */
        TOO_LONG
    }
}
