package se.platskompassen.demo;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether this installation is a demo. The demo's accounts have a published password, so demo
 * content is only ever created where it cannot reach real data: on the embedded default database
 * (H2) when {@code platskompassen.demo.enabled} is on, or on any database when the {@code demo}
 * profile is asked for explicitly (as in {@code --spring.profiles.active=postgres,demo}); and in
 * both cases only into an empty database, one without any organisation or staff account. The
 * login page lists the demo accounts only when demo mode is {@link #active()}.
 */
@Component
public class DemoMode {

    /** The profile that allows the demo on a database other than the embedded default. */
    public static final String PROFILE = "demo";

    private final JdbcClient jdbc;
    private final boolean allowed;
    private final boolean refused;

    DemoMode(DataSource dataSource, Environment environment,
            @Value("${platskompassen.demo.enabled:false}") boolean enabled) {
        this.jdbc = JdbcClient.create(dataSource);
        this.allowed = environment.acceptsProfiles(Profiles.of(PROFILE)) || enabled && isH2(dataSource);
        this.refused = enabled && !allowed;
    }

    /** Whether demo content may be created here, should the database be empty. */
    boolean allowed() {
        return allowed;
    }

    /** Whether demo mode was switched on where it is not allowed (worth a warning at start). */
    boolean refused() {
        return refused;
    }

    /** Whether the database holds nothing yet: no organisation, no staff account. */
    boolean databaseIsEmpty() {
        return count("organisation") == 0 && count("staff_member") == 0;
    }

    /**
     * Whether this is a demo: allowed here, and the demo content is in the database (made at
     * this start or an earlier one).
     */
    public boolean active() {
        return allowed && jdbc.sql("SELECT COUNT(*) FROM organisation WHERE name = :name")
                .param("name", DemoContent.ORGANISATION).query(Long.class).single() > 0;
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static boolean isH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }
}
