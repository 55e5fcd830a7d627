package se.platskompassen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.testing.DialogueLookups;
import se.platskompassen.testing.EmbeddedTest;
import se.platskompassen.testing.Tenants;

/**
 * The report of a dialogue reads the dialogue from the database once for itself (and the
 * analysis once more for the figures), also when it is downloaded with its file name.
 */
@EmbeddedTest
class ReportReadsDialogueOnceTest {

    @Autowired Tenants tenants;
    @Autowired JdbcClient jdbc;
    @Autowired ReportService reports;
    @Autowired DialogueLookups lookups;

    private long dialogue;

    @BeforeEach
    void setUp() {
        dialogue = jdbc.sql("""
                SELECT MIN(d.id) FROM dialogue d JOIN organisation o ON o.id = d.organisation_id
                WHERE o.name = 'Demo kommun'
                """).query(Long.class).single();
        tenants.signInAs("kommun-admin");
    }

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    @Test
    void a_report_download_reads_the_dialogue_once_for_its_name_and_content_and_once_for_the_figures()
            throws Exception {
        List<String> names = new ArrayList<>();
        long loads = lookups.during(() -> reports.dialogueReport(dialogue, Locale.ROOT, name -> {
            names.add(name);
            return new ByteArrayOutputStream();
        }));

        assertThat(loads).isEqualTo(2);
        assertThat(names).containsExactly(reports.dialogueFileName(dialogue, Locale.ROOT));
    }
}
