package se.platskompassen.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Like {@link PostgresTest}, with the real web server on a random port: for tests that talk
 * HTTP to the application (the JSON API), through its real security filters.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${PLATSKOMPASSEN_TEST_DB_URL:jdbc:postgresql://localhost:5432/platskompassen_test}",
        "spring.datasource.username=${PLATSKOMPASSEN_TEST_DB_USER:platskompassen}",
        "spring.datasource.password=${PLATSKOMPASSEN_TEST_DB_PASSWORD:platskompassen}",
        "spring.flyway.clean-disabled=false"})
@Import(CleanDatabase.class)
public @interface PostgresWebTest {
}
