package se.platskompassen.testing;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * An empty database brought to an earlier migration, for tests that fill it the way an older
 * version left it and then check that the later migrations keep what it held: an embedded H2 or
 * a schema of the test PostgreSQL ({@link PostgresAvailable}).
 */
public final class OldDatabase {

    private final FluentConfiguration flyway;
    private final JdbcClient jdbc;

    private OldDatabase(DataSource dataSource, @Nullable String schema, String version) {
        flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").cleanDisabled(false);
        if (schema != null) {
            flyway.schemas(schema);
        }
        flyway.target(version).load().clean();
        flyway.target(version).load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    /** An in-memory H2 named {@code name}, at migration {@code version}. */
    public static OldDatabase h2(String name, String version) {
        // One connection throughout: V1's checks on H2 fail once the session that made them is gone.
        return new OldDatabase(new SingleConnectionDataSource("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", true), null, version);
    }

    /** The schema {@code schema} of the test PostgreSQL, emptied and brought to migration {@code version}. */
    public static OldDatabase postgres(String schema, String version) {
        String url = PostgresAvailable.URL + (PostgresAvailable.URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new OldDatabase(new DriverManagerDataSource(url, PostgresAvailable.USER, PostgresAvailable.PASSWORD),
                schema, version);
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** Runs every later migration. */
    public void upgrade() {
        flyway.target("latest").load().migrate();
    }

    /** One organisation with one place and one adult dialogue in {@code status}; returns the dialogue's id. */
    public long dialogue(String status) {
        jdbc.sql("INSERT INTO organisation (name, kind, created_at) VALUES ('Kommun', 'MUNICIPALITY', CURRENT_TIMESTAMP)")
                .update();
        long organisation = jdbc.sql("SELECT id FROM organisation").query(Long.class).single();
        jdbc.sql("INSERT INTO place (organisation_id, name, created_at) VALUES (:o, 'Torget', CURRENT_TIMESTAMP)")
                .param("o", organisation).update();
        long place = jdbc.sql("SELECT id FROM place").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO dialogue (organisation_id, place_id, title, version, languages, kind, join_code, join_key,
                                      status, created_at)
                VALUES (:o, :p, 'Dialog', 'VUXEN', 'sv', 'INDIVIDUAL', 'ABC-123', 'ABC123', :status, CURRENT_TIMESTAMP)
                """).param("o", organisation).param("p", place).param("status", status).update();
        return jdbc.sql("SELECT id FROM dialogue").query(Long.class).single();
    }
}
