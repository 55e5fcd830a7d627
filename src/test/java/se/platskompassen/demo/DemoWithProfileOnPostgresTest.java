package se.platskompassen.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import se.platskompassen.testing.PostgresTest;

/** {@code --spring.profiles.active=postgres,demo} on an empty PostgreSQL: the demo, as the browser tests use it. */
@PostgresTest
@ActiveProfiles({"postgres", "demo"})
class DemoWithProfileOnPostgresTest {

    @Autowired JdbcClient jdbc;
    @Autowired DemoMode demo;

    @Test
    void the_demo_profile_fills_an_empty_postgresql_with_the_demo_and_turns_demo_mode_on() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organisation WHERE name = :n").param("n", DemoContent.ORGANISATION)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM staff_member").query(Long.class).single())
                .isEqualTo(DemoAccounts.ALL.size());
        assertThat(demo.active()).isTrue();
    }
}
