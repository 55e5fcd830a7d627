package se.platskompassen.results;

import se.platskompassen.comments.CommentRef;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.Comment;

/**
 * A comment as the results page may show it: its theme, its kind and its text, and nothing that
 * could point to who wrote it (no time, no background, nothing that groups it with the same
 * person's other comments). {@code ref} is for staff choosing; the page never prints it.
 */
public record PublishedComment(CommentRef ref, Theme theme, String text) {

    public Comment.Kind kind() {
        return ref.kind();
    }
}
