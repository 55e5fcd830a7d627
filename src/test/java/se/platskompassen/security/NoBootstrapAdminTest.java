package se.platskompassen.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Without the bootstrap variables the application starts with no account and says how to create one. */
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:noadmin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "platskompassen.demo.enabled=false"})
class NoBootstrapAdminTest {

    @Autowired JdbcClient jdbc;

    @Test
    void the_application_starts_without_any_account_and_explains_how_to_create_the_first(CapturedOutput output) {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM staff_member").query(Long.class).single()).isZero();
        assertThat(output.getAll()).contains("No staff account exists yet")
                .contains("PLATSKOMPASSEN_BOOTSTRAP_ADMIN_USERNAME").contains("PLATSKOMPASSEN_BOOTSTRAP_ADMIN_PASSWORD");
    }
}
