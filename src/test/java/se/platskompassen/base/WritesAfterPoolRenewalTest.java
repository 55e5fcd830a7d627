package se.platskompassen.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.Tenants;

/**
 * The embedded database keeps taking writes after the connection pool has retired every
 * connection it had, the one that ran the migrations included (issue 13, item 11: H2 2.4's
 * {@code CHECK (x IN (...))} remembered the migration's session and failed once it was closed).
 * The database is a fresh one of its own, so that the migrations run in this test's pool.
 */
@ActiveProfiles("test")
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:pool-renewal;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class WritesAfterPoolRenewalTest {

    @Autowired HikariDataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired Tenants tenants;
    @Autowired ResponseService responses;
    @Autowired QuestionnaireCatalog questionnaires;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    @Test
    void staff_and_responses_are_written_after_the_pool_has_replaced_every_connection() {
        List<Integer> sessionsBefore = sessions();

        dataSource.getHikariPoolMXBean().softEvictConnections();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> sessions().stream().noneMatch(sessionsBefore::contains));

        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        tenants.newStaff(dialogue.organisationId(), Role.FACILITATOR);
        UUID response = UUID.randomUUID();
        responses.start(dialogue, response, questionnaires.current(Version.VUXEN), Language.SV,
                CollectionMode.SHARED_TABLET);

        assertThat(responses.find(response)).isPresent();
    }

    @Test
    void the_rewritten_checks_still_refuse_a_value_outside_their_list() {
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO organisation (name, kind, created_at) "
                + "VALUES ('By', 'VILLAGE', CURRENT_TIMESTAMP)").update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_organisation_kind");
    }

    @Test
    void no_check_constraint_is_a_list_of_constants_that_h2_ties_to_a_session() {
        List<String> clauses = jdbc.sql("SELECT constraint_name || ': ' || check_clause "
                + "FROM information_schema.check_constraints").query(String.class).list();

        assertThat(clauses).isNotEmpty().noneMatch(clause -> clause.matches("(?is).*\\bIN\\s*\\(.*"));
    }

    /** The ids of the database's open sessions, as H2 lists them. */
    private List<Integer> sessions() {
        return jdbc.sql("SELECT session_id FROM information_schema.sessions").query(Integer.class).list();
    }
}
