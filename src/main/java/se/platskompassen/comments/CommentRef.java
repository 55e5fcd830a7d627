package se.platskompassen.comments;

import se.platskompassen.response.Comment;

/** Which comment: one of the two free-text fields (what works well, what could be better) of an answer. */
public record CommentRef(long answerId, Comment.Kind kind) {

    public static CommentRef of(Comment comment) {
        return new CommentRef(comment.answerId(), comment.kind());
    }
}
