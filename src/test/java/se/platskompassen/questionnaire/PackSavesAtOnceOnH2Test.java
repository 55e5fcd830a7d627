package se.platskompassen.questionnaire;

import org.springframework.test.context.TestPropertySource;
import se.platskompassen.testing.EmbeddedTest;

/** On an embedded database of its own, so that the saved packs stay out of the other tests' database. */
@EmbeddedTest
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:pack-saves-at-once;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "platskompassen.demo.enabled=false"})
class PackSavesAtOnceOnH2Test extends PackSavesAtOnceContract {

    @Override
    long sessionsWaitingForALock() {
        return jdbc.sql("SELECT COUNT(*) FROM information_schema.sessions WHERE blocker_id IS NOT NULL")
                .query(Long.class).single();
    }
}
