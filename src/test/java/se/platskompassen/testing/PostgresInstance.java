package se.platskompassen.testing;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import se.platskompassen.Application;

/**
 * A whole instance of the application on the test PostgreSQL, as one of several behind a load
 * balancer: its own context, web server (on a free port) and live listener, sharing the database
 * with the other instances a test starts. Close it when done.
 */
public final class PostgresInstance {

    private PostgresInstance() {
    }

    /**
     * Starts an instance. The first of a test starts from an empty schema, as the other PostgreSQL
     * tests do; the next must not clean what the first has just migrated (and is using).
     */
    public static ConfigurableApplicationContext start(boolean cleanFirst) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(Application.class).profiles("postgres");
        if (cleanFirst) {
            FlywayMigrationStrategy cleanThenMigrate = flyway -> {
                flyway.clean();
                flyway.migrate();
            };
            builder.initializers(context -> context.getBeanFactory().registerSingleton("cleanThenMigrate", cleanThenMigrate));
        }
        // As arguments: they outrank application-postgres.properties (default properties would not).
        return builder.run(
                "--spring.datasource.url=" + PostgresAvailable.URL,
                "--spring.datasource.username=" + PostgresAvailable.USER,
                "--spring.datasource.password=" + PostgresAvailable.PASSWORD,
                "--spring.datasource.hikari.maximum-pool-size=10",
                "--spring.flyway.clean-disabled=" + !cleanFirst,
                "--platskompassen.demo.enabled=false",
                "--server.port=0",
                "--spring.main.banner-mode=off");
    }
}
