package se.platskompassen.isolation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the demo region ("Exempel region") owns, read straight from the database: the things
 * that a member of the demo municipality must never reach, nor learn exist.
 */
record OtherOrganisation(long organisationId, long placeId, long dialogueId, String joinCode, UUID responseId,
        long staffId, List<String> secrets) {

    static OtherOrganisation read(JdbcClient jdbc) {
        long organisation = jdbc.sql("SELECT id FROM organisation WHERE name = 'Exempel region'").query(Long.class)
                .single();
        long place = jdbc.sql("SELECT MIN(id) FROM place WHERE organisation_id = :o").param("o", organisation)
                .query(Long.class).single();
        long dialogue = jdbc.sql("SELECT MIN(id) FROM dialogue WHERE organisation_id = :o").param("o", organisation)
                .query(Long.class).single();
        String code = jdbc.sql("SELECT join_code FROM dialogue WHERE id = :d").param("d", dialogue)
                .query(String.class).single();
        UUID response = jdbc.sql("SELECT id FROM response WHERE organisation_id = :o ORDER BY id FETCH FIRST 1 ROWS ONLY")
                .param("o", organisation).query(UUID.class).single();
        long staff = jdbc.sql("SELECT id FROM staff_member WHERE username = 'region-samordnare'").query(Long.class)
                .single();
        List<String> secrets = new ArrayList<>();
        secrets.addAll(jdbc.sql("SELECT name FROM place WHERE organisation_id = :o").param("o", organisation)
                .query(String.class).list());
        secrets.addAll(jdbc.sql("SELECT title FROM dialogue WHERE organisation_id = :o").param("o", organisation)
                .query(String.class).list());
        secrets.addAll(jdbc.sql("SELECT username FROM staff_member WHERE organisation_id = :o").param("o", organisation)
                .query(String.class).list());
        return new OtherOrganisation(organisation, place, dialogue, code, response, staff, List.copyOf(secrets));
    }
}
