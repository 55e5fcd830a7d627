package se.platskompassen.questionnaire;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import se.platskompassen.testing.OwnPostgresSchema;
import se.platskompassen.testing.PostgresAvailable;

/**
 * On the test PostgreSQL, in a schema of its own (emptied and migrated from scratch, as a new
 * install), so that the uploads never reach the other PostgreSQL tests' applications.
 */
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PackUploadsOnPostgresTest.OwnSchema.class)
@SpringBootTest(properties = {
        "spring.datasource.hikari.maximum-pool-size=5",
        "spring.datasource.hikari.minimum-idle=1",
        "spring.datasource.hikari.idle-timeout=10000"})
class PackUploadsOnPostgresTest extends PackUploadsContract {

    static final class OwnSchema extends OwnPostgresSchema {

        OwnSchema() {
            super("pack_uploads");
        }
    }
}
