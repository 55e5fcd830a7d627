package se.platskompassen.response;

import se.platskompassen.questionnaire.Theme;

/** One free-text comment of an answer: what works well, or what could be better, about a theme. */
public record Comment(long answerId, Theme theme, Kind kind, String text) {

    public enum Kind {
        WORKS_WELL,
        COULD_BE_BETTER
    }
}
