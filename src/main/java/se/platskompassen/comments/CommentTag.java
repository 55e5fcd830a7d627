package se.platskompassen.comments;

/** One of an organisation's own codes for comments, e.g. "belysning". */
public record CommentTag(long id, String name) {
}
