package se.platskompassen.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The health endpoint says DOWN while the database answers reads but refuses writes, and the
 * application logs when that starts (issue 13, item 11: it said UP and logged nothing). The
 * writes are broken the way H2 2.4 broke them: a check constraint tied to a session that is gone.
 */
@ExtendWith(OutputCaptureExtension.class)
@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=" + DatabaseWritesHealthTest.URL)
class DatabaseWritesHealthTest {

    static final String URL = "jdbc:h2:mem:health-writes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void repairWrites() throws Exception {
        execute("ALTER TABLE health_probe DROP CONSTRAINT IF EXISTS ck_probe_broken");
    }

    @Test
    void health_is_down_without_details_while_the_database_refuses_writes_and_the_moment_is_logged(
            CapturedOutput output) throws Exception {
        assertThat(health().statusCode()).isEqualTo(200);

        breakWritesAsH2Did();
        HttpResponse<String> broken = health();

        assertThat(broken.statusCode()).isEqualTo(503);
        assertThat(broken.body()).contains("\"status\":\"DOWN\"").doesNotContain("databaseWrites").doesNotContain("db")
                .doesNotContain("90098");
        assertThat(output).contains("The database does not take writes");

        repairWrites();
        assertThat(health().statusCode()).isEqualTo(200);
        assertThat(output).contains("The database takes writes again");
    }

    /** A constraint made by a connection that then closes: H2 checks it with that closed session. */
    private void breakWritesAsH2Did() throws Exception {
        execute("ALTER TABLE health_probe ADD CONSTRAINT ck_probe_broken "
                + "CHECK (EXTRACT(YEAR FROM checked_at) IN (2025, 2026, 2027, 2028, 2029, 2030))");
    }

    private static void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private HttpResponse<String> health() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
