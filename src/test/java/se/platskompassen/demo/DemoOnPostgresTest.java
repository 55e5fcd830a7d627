package se.platskompassen.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import se.platskompassen.testing.PostgresTest;

/**
 * A production start on PostgreSQL that switches demo mode on by mistake (a copied command line,
 * an environment variable left over) creates no demo content and no account with the published
 * password: only the dedicated {@code demo} profile does (DemoWithProfileOnPostgresTest).
 */
@PostgresTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "platskompassen.demo.enabled=true")
class DemoOnPostgresTest {

    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;

    @Test
    void demo_enabled_without_the_demo_profile_creates_no_demo_content_or_account(CapturedOutput output) {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organisation").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM response").query(Long.class).single()).isZero();
        for (String hash : jdbc.sql("SELECT password_hash FROM staff_member").query(String.class).list()) {
            assertThat(passwords.matches(DemoAccounts.PASSWORD, hash)).isFalse();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM staff_member").query(Long.class).single()).isZero();
        assertThat(output.getAll()).contains("platskompassen.demo.enabled is ignored");
    }
}
