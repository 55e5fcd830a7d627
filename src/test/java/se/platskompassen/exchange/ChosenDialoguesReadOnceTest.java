package se.platskompassen.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.testing.DialogueLookups;
import se.platskompassen.testing.EmbeddedTest;
import se.platskompassen.testing.Tenants;

/**
 * An export reads each chosen dialogue from the database once, whatever the format; a download
 * too, with its file name.
 */
@EmbeddedTest
class ChosenDialoguesReadOnceTest {

    @Autowired Tenants tenants;
    @Autowired JdbcClient jdbc;
    @Autowired ExportService exports;
    @Autowired DialogueLookups lookups;

    private List<Long> chosen;

    @BeforeEach
    void setUp() {
        chosen = jdbc.sql("""
                SELECT d.id FROM dialogue d JOIN organisation o ON o.id = d.organisation_id
                WHERE o.name = 'Demo kommun' ORDER BY d.id
                """).query(Long.class).list().subList(0, 2);
        tenants.signInAs("kommun-admin");
    }

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void an_export_reads_each_chosen_dialogue_once(ExportFormat format) throws Exception {
        long loads = lookups.during(() -> exports.export(chosen, format, CsvOptions.STANDARD,
                new ByteArrayOutputStream()));

        assertThat(loads).isEqualTo(chosen.size());
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void a_download_reads_each_chosen_dialogue_once_for_its_name_and_its_content(ExportFormat format)
            throws Exception {
        List<String> names = new ArrayList<>();
        long loads = lookups.during(() -> exports.download(chosen, format, CsvOptions.STANDARD, name -> {
            names.add(name);
            return new ByteArrayOutputStream();
        }));

        assertThat(loads).isEqualTo(chosen.size());
        assertThat(names).containsExactly(exports.fileName(chosen, format));
    }
}
