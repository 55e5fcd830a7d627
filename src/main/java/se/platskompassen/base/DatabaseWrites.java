package se.platskompassen.base;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether the database still takes writes. A database can keep answering reads while every
 * insert fails (issue 13: the embedded database after its pool renewed its connections), and
 * then a workshop loses every answer while the health check says UP. So the check writes one
 * row and rolls it back: health is DOWN (with no details, as the endpoint is public) while
 * that fails, and the change is logged when it happens, also when nobody asks for health.
 */
@Component
public class DatabaseWrites implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWrites.class);
    private static final int TIMEOUT_SECONDS = 5;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AtomicBoolean writable = new AtomicBoolean(true);

    DatabaseWrites(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setTimeout(TIMEOUT_SECONDS);
        this.clock = clock;
    }

    @Override
    public Health health() {
        return check() ? Health.up().build() : Health.down().build();
    }

    /**
     * Tries a write now; logs when the answer differs from the last one. Called by the health
     * endpoint, every minute, and when a person's action failed on the database.
     */
    @Scheduled(fixedDelayString = "${platskompassen.database.write-check-interval:PT1M}",
            initialDelayString = "${platskompassen.database.write-check-interval:PT1M}")
    public boolean check() {
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.sql("INSERT INTO health_probe (checked_at) VALUES (?)").param(Timestamp.from(clock.instant())).update();
                status.setRollbackOnly();
            });
            if (!writable.getAndSet(true)) {
                log.warn("The database takes writes again");
            }
            return true;
        } catch (RuntimeException refused) {
            if (writable.getAndSet(false)) {
                log.error("The database does not take writes: every answer, sign-in and change fails "
                        + "until it takes them again", refused);
            } else {
                log.debug("The database still does not take writes", refused);
            }
            return false;
        }
    }
}
