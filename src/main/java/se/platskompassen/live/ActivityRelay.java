package se.platskompassen.live;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import se.platskompassen.dialogue.DialogueActivity;

/** Hands a dialogue's activity to the channel once its transaction has committed (never for a rollback). */
@Component
class ActivityRelay {

    private final LiveChannel channel;

    ActivityRelay(LiveChannel channel) {
        this.channel = channel;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onActivity(DialogueActivity activity) {
        channel.publish(activity.dialogueId());
    }
}
