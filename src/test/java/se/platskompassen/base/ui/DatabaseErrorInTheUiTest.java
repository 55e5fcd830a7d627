package se.platskompassen.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.base.DatabaseWrites;
import se.platskompassen.testing.KaribuTest;

/**
 * A person's action that fails on the database makes the application check at once whether the
 * database still takes writes, so that the log says so when it happens (not a minute later).
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseErrorInTheUiTest extends KaribuTest {

    @Autowired JdbcClient jdbc;
    @Autowired DatabaseWrites databaseWrites;

    @AfterEach
    void repairWrites() {
        jdbc.sql("ALTER TABLE health_probe DROP CONSTRAINT IF EXISTS ck_probe_refused").update();
        databaseWrites.check();
    }

    @Test
    void a_database_error_in_the_ui_logs_at_once_that_the_database_does_not_take_writes(CapturedOutput output) {
        jdbc.sql("ALTER TABLE health_probe ADD CONSTRAINT ck_probe_refused CHECK (checked_at IS NULL)").update();

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new DataIntegrityViolationException("Check constraint invalid: \"ck_response_mode\"")));

        assertThat(output).contains("The database does not take writes");
    }
}
