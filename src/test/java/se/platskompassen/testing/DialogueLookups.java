package se.platskompassen.testing;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.stereotype.Component;
import se.platskompassen.dialogue.Dialogue;

/**
 * Counts how often dialogues are read from the database while a piece of work runs (Hibernate's
 * own statistics, switched on only for that work), so that a test can hold a service to reading
 * each chosen dialogue once.
 */
@Component
public class DialogueLookups {

    private final Statistics statistics;

    DialogueLookups(EntityManagerFactory entities) {
        this.statistics = entities.unwrap(SessionFactory.class).getStatistics();
    }

    /** How many times a dialogue was loaded while {@code work} ran. */
    public synchronized long during(ThrowingRunnable work) throws Exception {
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            work.run();
            return statistics.getEntityStatistics(Dialogue.class.getName()).getLoadCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    /** Work that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
