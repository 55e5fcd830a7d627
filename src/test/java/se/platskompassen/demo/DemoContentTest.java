package se.platskompassen.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.dialogue.Availability;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.organisation.Organisation;
import se.platskompassen.organisation.OrganisationService;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.EmbeddedTest;

@EmbeddedTest
class DemoContentTest {

    @Autowired DemoContent demo;
    @Autowired OrganisationService organisations;
    @Autowired PlaceService places;
    @Autowired DialogueService dialogues;
    @Autowired JdbcClient jdbc;
    @Autowired TenantAccess access;

    @Test
    void the_demo_municipality_has_its_three_places_and_the_three_open_demo_dialogues() {
        Organisation demoKommun = organisations.findByNameAsSystem(DemoContent.ORGANISATION).orElseThrow();
        assertThat(access.asSystem(demoKommun.id(), () -> places.findAll())).extracting(p -> p.name())
                .contains("Centrum", "Norrbacka", "Åby");

        Map<String, Version> openDemo = Map.of("DEMO-VUXEN", Version.VUXEN, "DEMO-UNGDOM", Version.UNGDOM,
                "DEMO-BARN", Version.BARN);
        openDemo.forEach((code, version) -> {
            Dialogue dialogue = dialogues.findByJoinCode(code.toLowerCase()).orElseThrow();
            assertThat(dialogue.version()).isEqualTo(version);
            assertThat(dialogues.availability(dialogue)).isEqualTo(Availability.OPEN);
            assertThat(dialogue.organisationId()).isEqualTo(demoKommun.id());
        });
    }

    @Test
    void the_demo_responses_spread_over_places_versions_years_groups_and_modes() {
        long organisation = organisations.findByNameAsSystem(DemoContent.ORGANISATION).orElseThrow().id();
        long responses = count("SELECT COUNT(*) FROM response WHERE organisation_id = :o", organisation);
        assertThat(responses).isBetween(200L, 600L);
        assertThat(distinct("SELECT DISTINCT d.place_id FROM response r JOIN dialogue d ON d.id = r.dialogue_id "
                + "WHERE r.organisation_id = :o", organisation)).hasSize(3);
        assertThat(distinct("SELECT DISTINCT d.version FROM response r JOIN dialogue d ON d.id = r.dialogue_id "
                + "WHERE r.organisation_id = :o", organisation)).hasSize(3);
        assertThat(distinct("SELECT DISTINCT EXTRACT(YEAR FROM started_at) FROM response WHERE organisation_id = :o",
                organisation)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(distinct("SELECT DISTINCT age_band FROM response WHERE organisation_id = :o AND age_band IS NOT NULL",
                organisation)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(distinct("SELECT DISTINCT gender FROM response WHERE organisation_id = :o AND gender IS NOT NULL",
                organisation)).hasSize(3);
        assertThat(distinct("SELECT DISTINCT collection_mode FROM response WHERE organisation_id = :o",
                organisation)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM response WHERE organisation_id = :o AND completed_at IS NULL",
                organisation)).isPositive();
        assertThat(count("SELECT COUNT(*) FROM answer a JOIN response r ON r.id = a.response_id "
                + "WHERE r.organisation_id = :o AND a.could_be_better IS NOT NULL", organisation)).isGreaterThan(100);
    }

    @Test
    void running_the_demo_again_adds_nothing() {
        long before = jdbc.sql("SELECT COUNT(*) FROM response").query(Long.class).single();
        demo.run(new DefaultApplicationArguments());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM response").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organisation WHERE name = :n").param("n", DemoContent.ORGANISATION)
                .query(Long.class).single()).isEqualTo(1);
    }

    private long count(String sql, long organisation) {
        return jdbc.sql(sql).param("o", organisation).query(Long.class).single();
    }

    private List<String> distinct(String sql, long organisation) {
        return jdbc.sql(sql).param("o", organisation).query((rs, row) -> rs.getString(1)).list().stream()
                .collect(Collectors.toList());
    }
}
