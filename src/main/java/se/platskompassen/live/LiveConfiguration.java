package se.platskompassen.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Chooses the channel: LISTEN/NOTIFY on PostgreSQL (several instances may share it), in-process otherwise. */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LiveConfiguration.class);

    @Bean
    LiveChannel liveChannel(LiveSettings settings, LiveUpdates updates, DataSource dataSource,
            ObjectProvider<JdbcConnectionDetails> connectionDetails) throws SQLException {
        boolean postgres = switch (settings.channel()) {
            case POSTGRES -> true;
            case LOCAL -> false;
            case AUTO -> isPostgres(dataSource);
        };
        if (!postgres) {
            return new LocalChannel(updates);
        }
        log.info("Live updates travel through PostgreSQL notifications on channel {}", PostgresChannel.CHANNEL);
        JdbcConnectionDetails details = connectionDetails.getIfAvailable();
        PostgresChannel.Connections connections = details != null
                ? () -> openListeningConnection(details)
                : dataSource::getConnection;
        return new PostgresChannel(JdbcClient.create(dataSource), connections, updates);
    }

    private static boolean isPostgres(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    /**
     * The listening connection is held for the instance's whole life, so it is opened outside
     * the pool, which keeps all its connections for requests. Named, so that it can be told
     * apart in {@code pg_stat_activity}.
     */
    private static Connection openListeningConnection(JdbcConnectionDetails details) throws SQLException {
        Properties properties = new Properties();
        if (details.getUsername() != null) {
            properties.setProperty("user", details.getUsername());
        }
        if (details.getPassword() != null) {
            properties.setProperty("password", details.getPassword());
        }
        properties.setProperty("ApplicationName", "platskompassen-live");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(details.getJdbcUrl(), properties);
    }
}
