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
        "spring.flyway.clean-disabled=false",
        // Spring keeps each test context (and its pool) for later tests: a cached context must
        // not hold a production-sized pool, or PostgreSQL's 100 connections run out.
        "spring.datasource.hikari.maximum-pool-size=10",
        "spring.datasource.hikari.minimum-idle=1",
        "spring.datasource.hikari.idle-timeout=10000"})
@Import(CleanDatabase.class)
public @interface PostgresWebTest {
}
