package se.platskompassen.demo;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import se.platskompassen.testing.KaribuTest;

/**
 * An embedded database that already holds an organisation's own data (a pilot run on the
 * default database) gets no demo content and no demo account, even with demo mode switched on,
 * and its login page lists no demo account.
 */
@Import(DemoOnExistingDatabaseTest.ExistingInstallation.class)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:existing;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "platskompassen.demo.enabled=true"})
class DemoOnExistingDatabaseTest extends KaribuTest {

    @Autowired JdbcClient jdbc;

    @Test
    void an_embedded_database_with_data_gets_no_demo_content_and_no_demo_account() {
        assertThat(jdbc.sql("SELECT name FROM organisation").query(String.class).list())
                .containsExactly("Sjöby kommun");
        assertThat(jdbc.sql("SELECT username FROM staff_member").query(String.class).list())
                .containsExactly("sjoby-admin");
    }

    @Test
    void its_login_page_lists_no_demo_account() {
        navigate("login");

        _find(LoginForm.class);
        assertThat(_find(ListItem.class)).isEmpty();
    }

    /** The database as a pilot left it: one organisation and its admin, created before this start. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ExistingInstallation {

        @Bean
        FlywayMigrationStrategy migrateThenAddAnOrganisation() {
            return flyway -> {
                flyway.migrate();
                JdbcClient jdbc = JdbcClient.create(flyway.getConfiguration().getDataSource());
                if (jdbc.sql("SELECT COUNT(*) FROM organisation").query(Long.class).single() == 0) {
                    jdbc.sql("INSERT INTO organisation (name, kind, created_at) VALUES ('Sjöby kommun', 'MUNICIPALITY', "
                            + "CURRENT_TIMESTAMP)").update();
                    jdbc.sql("INSERT INTO staff_member (organisation_id, username, display_name, password_hash, role, "
                            + "active, password_change_required, failed_logins, created_at) SELECT id, 'sjoby-admin', "
                            + "'Admin', '{noop}x', 'ORGANISATION_ADMIN', TRUE, FALSE, 0, CURRENT_TIMESTAMP "
                            + "FROM organisation").update();
                }
            };
        }
    }
}
