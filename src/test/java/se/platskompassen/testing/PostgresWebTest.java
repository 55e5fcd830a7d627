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
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link PostgresTest}, with the real web server on a random port: for tests that talk
 * HTTP to the application (the JSON API), through its real security filters.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = TestPostgres.Initializer.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.flyway.clean-disabled=false",
        // Spring keeps each test context (and its pool) for later tests: a cached context must
        // not hold a production-sized pool, or PostgreSQL's 100 connections run out.
        "spring.datasource.hikari.maximum-pool-size=10",
        "spring.datasource.hikari.minimum-idle=1",
        "spring.datasource.hikari.idle-timeout=10000"})
@Import(CleanDatabase.class)
public @interface PostgresWebTest {
}
