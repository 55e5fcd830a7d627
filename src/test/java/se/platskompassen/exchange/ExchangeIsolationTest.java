package se.platskompassen.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.base.NotFoundException;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.organisation.NoAccessException;
import se.platskompassen.testing.EmbeddedTest;
import se.platskompassen.testing.Tenants;

/**
 * A member of the demo municipality gets nothing of the demo region from any export or import,
 * also when the region's dialogue hides in a selection with the municipality's own; no byte is
 * written and nothing is logged. Who may export and import at all. (The single-dialogue methods
 * are also in ServiceIsolationTest's list.)
 */
@EmbeddedTest
class ExchangeIsolationTest {

    @Autowired Tenants tenants;
    @Autowired JdbcClient jdbc;
    @Autowired ExportService exports;
    @Autowired ImportService imports;
    @Autowired DialogueService dialogues;
    @Autowired ExchangeQueries repository;

    private long regionDialogue;
    private long ownDialogue;

    @BeforeEach
    void setUp() {
        regionDialogue = dialogueOf("Exempel region");
        ownDialogue = dialogueOf("Demo kommun");
        tenants.signInAs("kommun-admin");
    }

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    private long dialogueOf(String organisation) {
        return jdbc.sql("""
                SELECT MIN(d.id) FROM dialogue d JOIN organisation o ON o.id = d.organisation_id WHERE o.name = :name
                """).param("name", organisation).query(Long.class).single();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void a_selection_with_the_regions_dialogue_is_not_found_and_writes_nothing(ExportFormat format) {
        long audits = audits();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> exports.export(List.of(ownDialogue, regionDialogue), format, CsvOptions.STANDARD, out))
                .isInstanceOf(NotFoundException.class).hasMessage("Dialogue not found");
        assertThatThrownBy(() -> exports.export(List.of(regionDialogue), format, CsvOptions.STANDARD, out))
                .isInstanceOf(NotFoundException.class).hasMessage("Dialogue not found");
        assertThatThrownBy(() -> exports.fileName(List.of(ownDialogue, regionDialogue), format))
                .isInstanceOf(NotFoundException.class).hasMessage("Dialogue not found");

        assertThat(out.size()).isZero();
        assertThat(audits()).as("nothing exported, nothing logged").isEqualTo(audits);
    }

    @Test
    void the_regions_dialogue_is_not_found_for_a_check_or_an_import_whatever_the_file() {
        byte[] file = "response_id,MOVING_AROUND\n,4\n".getBytes(StandardCharsets.UTF_8);
        long responses = regionResponses();

        assertThatThrownBy(() -> imports.checkImport(regionDialogue, file)).isInstanceOf(NotFoundException.class)
                .hasMessage("Dialogue not found");
        assertThatThrownBy(() -> imports.importCsv(regionDialogue, file)).isInstanceOf(NotFoundException.class)
                .hasMessage("Dialogue not found");
        assertThat(regionResponses()).isEqualTo(responses);
    }

    @Test
    void an_analyst_may_export_but_not_import_and_a_network_admin_neither() throws Exception {
        tenants.signInAs("kommun-analytiker");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(ownDialogue, ExportFormat.CSV_LONG, CsvOptions.STANDARD, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("response_id,dialogue_id,version,");
        byte[] file = "MOVING_AROUND\n4\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.importCsv(ownDialogue, file)).isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> imports.checkImport(ownDialogue, file)).isInstanceOf(NoAccessException.class);

        tenants.signInAs("natverket");
        assertThatThrownBy(() -> exports.export(ownDialogue, ExportFormat.CSV_WIDE, CsvOptions.STANDARD, out))
                .isInstanceOf(NoAccessException.class);
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        tenants.signOut();
        assertThatThrownBy(() -> exports.fileName(ownDialogue, ExportFormat.XLSX)).isInstanceOf(NoAccessException.class);
    }

    @Test
    void the_streaming_query_itself_is_scoped_to_the_organisation() {
        List<ExportedResponse> read = new ArrayList<>();
        repository.forEachResponse(ownOrganisation(), regionDialogue, read::add);
        assertThat(read).as("the region's dialogue id with the municipality's organisation").isEmpty();
        repository.forEachResponse(regionOrganisation(), regionDialogue, read::add);
        assertThat(read).as("the same query for the region itself").isNotEmpty();
    }

    private long ownOrganisation() {
        return dialogues.find(ownDialogue).orElseThrow().organisationId();
    }

    private long regionOrganisation() {
        return jdbc.sql("SELECT id FROM organisation WHERE name = 'Exempel region'").query(Long.class).single();
    }

    private long regionResponses() {
        return jdbc.sql("SELECT COUNT(*) FROM response WHERE dialogue_id = :d").param("d", regionDialogue)
                .query(Long.class).single();
    }

    private long audits() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
    }
}
