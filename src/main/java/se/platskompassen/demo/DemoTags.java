package se.platskompassen.demo;

import java.util.List;
import java.util.Set;
import se.platskompassen.comments.CommentFilter;
import se.platskompassen.comments.CommentService;
import se.platskompassen.comments.CommentTag;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.Comment;

/**
 * The demo municipality's own comment tags, put on the comments a planner would have tagged: so
 * that the comments page has tags to count and filter by, and some comments still without one.
 */
final class DemoTags {

    private DemoTags() {
    }

    static void tagTheComments(CommentService comments) {
        CommentTag light = comments.createTag("belysning");
        CommentTag bus = comments.createTag("buss");
        CommentTag safety = comments.createTag("trygghet");
        for (String word : List.of("belysning", "mörk", "lampor")) {
            tag(comments, CommentFilter.ALL.withText(word), light);
        }
        tag(comments, CommentFilter.ALL.withText("buss"), bus);
        tag(comments, CommentFilter.ALL.withThemes(Set.of(Theme.FEELING_SAFE)).withKind(Comment.Kind.COULD_BE_BETTER),
                safety);
    }

    private static void tag(CommentService comments, CommentFilter filter, CommentTag tag) {
        comments.tagAll(filter, tag.id());
    }
}
