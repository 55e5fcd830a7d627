package se.platskompassen.comments;

import java.time.Instant;
import java.util.List;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.Comment;

/**
 * One comment as the comment search finds it: the text exactly as the resident typed it (escape it
 * on output), where and in which dialogue it was given, and the tags it carries.
 */
public record CommentRow(CommentRef ref, Theme theme, String text, long placeId, String placeName, long dialogueId,
        String dialogueTitle, Version version, Instant savedAt, List<CommentTag> tags) {

    public CommentRow {
        tags = List.copyOf(tags);
    }

    public Comment.Kind kind() {
        return ref.kind();
    }
}
