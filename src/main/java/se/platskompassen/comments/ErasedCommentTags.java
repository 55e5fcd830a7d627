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

    private final CommentTagWrites writes;

    ErasedCommentTags(CommentTagWrites writes) {
        this.writes = writes;
    }

    @EventListener
    void on(CommentsErased erased) {
        writes.unlinkErased(erased.organisationId());
    }
}
