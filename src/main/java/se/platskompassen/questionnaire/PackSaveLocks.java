package se.platskompassen.questionnaire;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lock that puts saves of language packs one after the other on every instance: two admins,
 * two instances behind the load balancer or a double tap would otherwise plan the same next
 * revision id from the same packs (decision 0042).
 */
@Repository
class PackSaveLocks {

    /**
     * H2 gives up waiting for a row lock after two seconds (PostgreSQL waits on); a save composes
     * three questionnaires in every language, which can take longer on a busy machine. A timed-out
     * lock leaves H2's transaction usable, so waiting again is safe: about 30 seconds in all.
     */
    private static final int ATTEMPTS = 15;

    private final JdbcClient jdbc;

    PackSaveLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the one row of {@code language_pack_save_lock} until the transaction ends; a save waits for another. */
    void lockSaves() {
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.sql("SELECT id FROM language_pack_save_lock WHERE id = 1 FOR UPDATE").query(Integer.class).list();
                return;
            } catch (QueryTimeoutException waitedTooLong) {
                if (attempt == ATTEMPTS) {
                    throw waitedTooLong;
                }
            }
        }
    }
}
