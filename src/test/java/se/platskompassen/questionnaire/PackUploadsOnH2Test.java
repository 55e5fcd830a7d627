package se.platskompassen.questionnaire;

import org.springframework.test.context.TestPropertySource;
import se.platskompassen.testing.EmbeddedTest;

/** On an embedded database of its own, so that the uploads stay out of the other tests' database. */
@EmbeddedTest
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:pack-uploads;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "platskompassen.demo.enabled=false"})
class PackUploadsOnH2Test extends PackUploadsContract {
}
