package se.platskompassen.comments;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import se.platskompassen.response.CommentsErased;

/**
 * An erased comment loses its tags: when the retention setting erases an organisation's old
 * comments, their tag links go in the same transaction, so no count ever includes a comment
 * that no longer exists. (Deleted answers take their links along by the foreign key.)
 */
@Service
class ErasedCommentTags {

    private final CommentJdbcRepository comments;

    ErasedCommentTags(CommentJdbcRepository comments) {
        this.comments = comments;
    }

    @EventListener
    void on(CommentsErased erased) {
        comments.unlinkErased(erased.organisationId());
    }
}
