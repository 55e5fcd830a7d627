package se.platskompassen.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.platskompassen.questionnaire.PackFixtures.arabic;
import static se.platskompassen.questionnaire.PackFixtures.edited;
import static se.platskompassen.questionnaire.PackFixtures.file;
import static se.platskompassen.questionnaire.PackFixtures.fileWith;

import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.audit.AuditAction;
import se.platskompassen.audit.AuditEvent;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.organisation.NoAccessException;
import se.platskompassen.organisation.Role;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.Tenants;

/**
 * What must hold for a network admin's upload of a language pack on every database the
 * application runs on. Each implementation runs on a database of its own: an upload changes what
 * the whole application asks, so it must not reach the other tests' applications.
 */
abstract class PackUploadsContract {

    private static final String VUXEN_QUESTION = "questionnaire.vuxen.MOVING_AROUND.question";
    private static final String UNGDOM_QUESTION = "questionnaire.ungdom.MOVING_AROUND.question";

    @Autowired PackUploads uploads;
    @Autowired LanguagePacks packs;
    @Autowired QuestionnaireCatalog catalog;
    @Autowired PackUploadWrites writes;
    @Autowired PackUploadQueries queries;
    @Autowired PackSaveLocks locks;
    @Autowired AuditLog audit;
    @Autowired Clock clock;
    @Autowired MessageSource messages;
    @Autowired JdbcClient jdbc;
    @Autowired ResponseService responses;
    @Autowired Tenants tenants;
    @Autowired TenantAccess access;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    /** A new network admin, signed in; returns the username. */
    private String signInAsNetworkAdmin() {
        String username = tenants.newStaff(tenants.newOrganisation().id(), Role.NETWORK_ADMIN);
        tenants.signInAs(username);
        return username;
    }

    private long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private List<AuditEvent> packAudits() {
        return audit.all(0, 100).stream().filter(event -> event.action() == AuditAction.LANGUAGE_PACK_UPLOADED)
                .toList();
    }

    @Test
    void an_upload_with_problems_reports_every_one_of_them_and_keeps_nothing() {
        LanguagePack inUse = packs.pack(Language.AR).orElseThrow();
        Map<Version, String> current = Map.of(Version.VUXEN, catalog.current(Version.VUXEN).id(),
                Version.UNGDOM, catalog.current(Version.UNGDOM).id(), Version.BARN, catalog.current(Version.BARN).id());
        long uploadsBefore = rows("language_pack_upload");
        long revisionsBefore = rows("questionnaire_revision");
        int auditsBefore = packAudits().size();
        LanguagePack broken = edited(inUse, texts -> {
            texts.remove("home.title");
            texts.put("flow.progress", "{0}");
            texts.put(VUXEN_QUESTION, "سؤال جديد؟");
        });
        // Written out, the missing title is an empty entry; home.lead renamed to flow.next is a duplicate,
        // and the first flow.next (home.lead's text) is far too long for a button.
        byte[] file = PackFixtures.replaced(fileWith(broken, "\"key\" : \"home.lead\"", "\"key\" : \"flow.next\""),
                "\"status\" : \"draft\"", "\"status\" : \"reviewed\"");

        PackUploads.Checked checked = uploads.check(file, Language.AR);

        assertThat(checked.passed()).isFalse();
        assertThat(checked.problems()).extracting(PackProblem::kind, PackProblem::key).containsExactlyInAnyOrder(
                tuple(PackProblem.Kind.DUPLICATE, "flow.next"),
                tuple(PackProblem.Kind.REVIEW, "review"),
                tuple(PackProblem.Kind.EMPTY, "home.title"),
                tuple(PackProblem.Kind.MISSING, "home.lead"),
                tuple(PackProblem.Kind.TOO_LONG, "flow.next"),
                tuple(PackProblem.Kind.PLACEHOLDERS, "flow.progress"));
        signInAsNetworkAdmin();
        assertThatThrownBy(() -> uploads.save(uploads.check(file, Language.AR)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(rows("language_pack_upload")).isEqualTo(uploadsBefore);
        assertThat(rows("questionnaire_revision")).isEqualTo(revisionsBefore);
        assertThat(packAudits()).hasSize(auditsBefore);
        assertThat(packs.pack(Language.AR)).contains(inUse);
        assertThat(current).allSatisfy((version, id) -> assertThat(catalog.current(version).id()).isEqualTo(id));
    }

    @Test
    void only_a_network_admin_may_save_a_pack() {
        tenants.newDialogue(Version.VUXEN); // signs in the new organisation's admin
        long uploadsBefore = rows("language_pack_upload");
        LanguagePack changed = edited(packs.pack(Language.AR).orElseThrow(),
                texts -> texts.put("flow.next", "التالي!"));

        assertThatThrownBy(() -> uploads.save(uploads.check(file(changed), Language.AR)))
                .isInstanceOf(NoAccessException.class);
        assertThat(rows("language_pack_upload")).isEqualTo(uploadsBefore);
        assertThat(packs.text(Language.AR, "flow.next").orElseThrow()).isNotEqualTo("التالي!");
    }

    @Test
    void a_pack_uploaded_for_another_language_is_refused() {
        byte[] arabicFile = file(packs.pack(Language.AR).orElseThrow());

        PackUploads.Checked checked = uploads.check(arabicFile, Language.FA);

        assertThat(checked.problems()).containsExactly(new PackProblem(PackProblem.Kind.LANGUAGE, "language", "ar"));
        assertThat(checked.passed()).isFalse();
    }

    @Test
    void a_downloaded_pack_uploaded_unchanged_passes() {
        byte[] downloaded = uploads.download(Language.AR);

        assertThat(uploads.check(downloaded, Language.AR).problems()).isEmpty();
        assertThat(PackFormat.read(downloaded).readPack().orElseThrow().texts())
                .isEqualTo(packs.pack(Language.AR).orElseThrow().texts());
    }

    @Test
    void changed_arabic_wording_makes_new_revisions_of_the_versions_it_changes_everywhere() throws Exception {
        LanguagePack inUse = packs.pack(Language.AR).orElseThrow();
        String barnBefore = catalog.current(Version.BARN).id();
        String vuxenBefore = catalog.current(Version.VUXEN).revision();
        String expectedVuxen = "vuxen/" + PackUploads.nextRevision(vuxenBefore);
        String expectedUngdom = "ungdom/" + PackUploads.nextRevision(catalog.current(Version.UNGDOM).revision());
        LanguagePack changed = edited(inUse, texts -> {
            texts.put(VUXEN_QUESTION, "هل من السهل التنقل هنا مشيًا أو بالدراجة؟");
            texts.put(UNGDOM_QUESTION, "هل من السهل أن تصل إلى وجهتك؟");
            texts.put("flow.next", "التالي ←");
        });

        PackUploads.Checked checked = uploads.check(file(changed), Language.AR);
        assertThat(checked.passed()).isTrue();
        assertThat(checked.changedTexts()).isEqualTo(3);
        assertThat(checked.revisions()).as("what saving will make").containsExactly(expectedVuxen, expectedUngdom);
        assertThat(catalog.current(Version.VUXEN).revision()).as("nothing made by checking").isEqualTo(vuxenBefore);

        String admin = signInAsNetworkAdmin();
        PackUploads.Saved saved = uploads.save(uploads.check(file(changed), Language.AR));

        assertThat(saved.revisions()).containsExactly(expectedVuxen, expectedUngdom);
        assertThat(vuxenBefore).as("the first upload on a fresh database").isEqualTo("2026.2");
        assertThat(saved.revisions()).containsExactly("vuxen/2026.2.1", "ungdom/2026.2.1");
        assertThat(catalog.current(Version.VUXEN).id()).isEqualTo(expectedVuxen);
        assertThat(catalog.current(Version.UNGDOM).id()).isEqualTo(expectedUngdom);
        assertThat(catalog.current(Version.BARN).id()).as("its wording did not change").isEqualTo(barnBefore);
        assertThat(catalog.current(Version.VUXEN).text(Theme.MOVING_AROUND, Language.AR).question())
                .isEqualTo("هل من السهل التنقل هنا مشيًا أو بالدراجة؟");
        assertThat(catalog.find("vuxen/" + vuxenBefore)).as("the earlier wording stays readable").isPresent();
        assertThat(messages.getMessage("flow.next", null, Language.AR.locale())).isEqualTo("التالي ←");
        assertThat(packAudits()).anySatisfy(event -> {
            assertThat(event.actor()).isEqualTo(admin);
            assertThat(event.details()).isEqualTo("ar: " + expectedVuxen + ", " + expectedUngdom);
        });

        Dialogue dialogue = tenants.newDialogue(Version.VUXEN); // signs in that organisation's admin
        UUID response = UUID.randomUUID();
        responses.start(dialogue, response, catalog.current(Version.VUXEN), Language.AR, CollectionMode.OWN_DEVICE);
        assertThat(responses.find(response).orElseThrow().questionnaireHash())
                .isEqualTo(catalog.current(Version.VUXEN).hash());
        assertThat(responses.find(response).orElseThrow().questionnaireVersion()).isEqualTo(expectedVuxen);

        for (String id : saved.revisions()) {
            Map<String, Object> row = jdbc.sql("SELECT hash, content FROM questionnaire_revision WHERE id = :id")
                    .param("id", id).query().singleRow();
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest((byte[]) row.get("content")));
            assertThat(sha).as("the stored data file of %s hashes to its hash", id).isEqualTo(row.get("hash"))
                    .isEqualTo(catalog.find(id).orElseThrow().hash());
            assertThat(catalog.dataFile(id)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(row.get("content")));
        }

        LanguagePacks otherPacks = new LanguagePacks();
        QuestionnaireCatalog otherCatalog = new QuestionnaireCatalog();
        PackUploads otherInstance = new PackUploads(otherPacks, otherCatalog, writes, queries, audit, clock, access,
                locks);
        assertThat(otherCatalog.current(Version.VUXEN).revision()).as("before it refreshes").isEqualTo("2026.2");
        otherInstance.refresh();
        assertThat(otherPacks.text(Language.AR, "flow.next")).contains("التالي ←");
        assertThat(otherCatalog.current(Version.VUXEN).id()).isEqualTo(expectedVuxen);
        assertThat(otherCatalog.current(Version.VUXEN).hash()).isEqualTo(catalog.current(Version.VUXEN).hash());
        assertThat(otherCatalog.current(Version.BARN).id()).isEqualTo(barnBefore);

        LanguagePack changedAgain = edited(changed, texts -> texts.put(VUXEN_QUESTION, "هل التنقل هنا سهل؟"));
        tenants.signInAs(admin);
        assertThat(otherInstance.save(otherInstance.check(file(changedAgain), Language.AR)).revisions())
                .as("a later upload, on the other instance").containsExactly("vuxen/2026.2.2");
        uploads.refresh();
        assertThat(catalog.current(Version.VUXEN).id()).isEqualTo("vuxen/2026.2.2");
        assertThat(catalog.current(Version.UNGDOM).id()).isEqualTo(expectedUngdom);
    }
}
