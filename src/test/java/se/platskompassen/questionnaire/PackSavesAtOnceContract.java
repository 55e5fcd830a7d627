package se.platskompassen.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static se.platskompassen.questionnaire.PackFixtures.edited;
import static se.platskompassen.questionnaire.PackFixtures.file;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.organisation.Role;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.testing.Tenants;

/**
 * Two saves of language packs at the same moment — two admins, two instances behind the load
 * balancer, a double tap — on every database the application runs on. One save waits for the
 * other in the database, then plans from what the other kept. Each implementation runs on a
 * database of its own: a saved pack changes what the whole application asks.
 */
abstract class PackSavesAtOnceContract {

    private static final String VUXEN_QUESTION = "questionnaire.vuxen.MOVING_AROUND.question";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired PackUploads uploads;
    @Autowired LanguagePacks packs;
    @Autowired QuestionnaireCatalog catalog;
    @Autowired PackUploadWrites writes;
    @Autowired PackUploadQueries queries;
    @Autowired PackSaveLocks locks;
    @Autowired AuditLog audit;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;
    @Autowired Tenants tenants;
    @Autowired TenantAccess access;
    @Autowired TransactionTemplate transactions;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private String admin;

    /** How many database sessions wait for a lock another session holds. */
    abstract long sessionsWaitingForALock();

    @BeforeEach
    void startFromWhatIsKept() {
        uploads.refresh();
        admin = tenants.newStaff(tenants.newOrganisation().id(), Role.NETWORK_ADMIN);
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        tenants.signOut();
    }

    /** A second instance of the application on the same database, started now. */
    private record Instance(PackUploads uploads, LanguagePacks packs, QuestionnaireCatalog catalog) {
    }

    private Instance anotherInstance() {
        LanguagePacks otherPacks = new LanguagePacks();
        QuestionnaireCatalog otherCatalog = new QuestionnaireCatalog();
        PackUploads other = new PackUploads(otherPacks, otherCatalog, writes, queries, audit, clock, access,
                locks);
        other.refresh();
        return new Instance(other, otherPacks, otherCatalog);
    }

    private long uploadsKept() {
        return jdbc.sql("SELECT COUNT(*) FROM language_pack_upload").query(Long.class).single();
    }

    private static byte[] withQuestion(LanguagePacks in, Language language, String question) {
        return file(edited(in.pack(language).orElseThrow(), texts -> texts.put(VUXEN_QUESTION, question)));
    }

    private <T> Callable<T> signedIn(Supplier<T> work) {
        return () -> {
            tenants.signInAs(admin);
            try {
                return work.get();
            } finally {
                tenants.signOut();
            }
        };
    }

    /**
     * Runs {@code first} in a transaction that stays open, after it saved, until {@code second}
     * (started then) waits for the database or has finished; then commits. So the second save
     * really starts while the first one's rows are not yet visible, as on two instances at once.
     */
    private Future<PackUploads.Saved>[] whileTheFirstIsUncommitted(Supplier<PackUploads.Saved> first,
            Supplier<PackUploads.Saved> second) {
        CountDownLatch firstSaved = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        Future<PackUploads.Saved> one = threads.submit(signedIn(() -> transactions.execute(status -> {
            PackUploads.Saved saved = first.get();
            firstSaved.countDown();
            await().atMost(PATIENCE).until(() -> secondDone.getCount() == 0 || sessionsWaitingForALock() > 0);
            return saved;
        })));
        Callable<PackUploads.Saved> afterTheFirst = signedIn(() -> transactions.execute(status -> second.get()));
        Future<PackUploads.Saved> two = threads.submit(() -> {
            try {
                if (!firstSaved.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the first save never finished");
                }
                return afterTheFirst.call();
            } finally {
                secondDone.countDown();
            }
        });
        @SuppressWarnings("unchecked")
        Future<PackUploads.Saved>[] both = new Future[] {one, two};
        return both;
    }

    private static Throwable failureOf(Future<?> save) throws InterruptedException {
        try {
            save.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            throw new AssertionError("the save did not fail");
        } catch (ExecutionException failed) {
            return failed.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the save did not end", e);
        }
    }

    @Test
    void two_languages_saved_at_once_on_two_instances_make_consecutive_revisions_and_the_later_has_both()
            throws Exception {
        Instance other = anotherInstance();
        String before = catalog.current(Version.VUXEN).revision();
        String arabicQuestion = "هل من السهل التنقل هنا سيرًا؟ " + before;
        String persianQuestion = "آیا رفت‌وآمد اینجا آسان است؟ " + before;
        PackUploads.Checked arabic = uploads.check(withQuestion(packs, Language.AR, arabicQuestion), Language.AR);
        PackUploads.Checked persian = other.uploads().check(withQuestion(other.packs(), Language.FA, persianQuestion),
                Language.FA);

        Future<PackUploads.Saved>[] both = whileTheFirstIsUncommitted(() -> uploads.save(arabic),
                () -> other.uploads().save(persian));

        String first = PackUploads.nextRevision(before);
        String second = PackUploads.nextRevision(first);
        assertThat(both[0].get(PATIENCE.toSeconds(), TimeUnit.SECONDS).revisions()).containsExactly("vuxen/" + first);
        assertThat(both[1].get(PATIENCE.toSeconds(), TimeUnit.SECONDS).revisions()).containsExactly("vuxen/" + second);
        uploads.refresh();
        for (QuestionnaireCatalog either : new QuestionnaireCatalog[] {catalog, other.catalog()}) {
            Questionnaire current = either.current(Version.VUXEN);
            assertThat(current.revision()).isEqualTo(second);
            assertThat(current.text(Theme.MOVING_AROUND, Language.AR).question()).isEqualTo(arabicQuestion);
            assertThat(current.text(Theme.MOVING_AROUND, Language.FA).question()).isEqualTo(persianQuestion);
        }
    }

    @Test
    void the_same_language_saved_at_once_from_two_checks_keeps_the_first_and_refuses_the_second_clearly()
            throws Exception {
        Instance other = anotherInstance();
        String before = catalog.current(Version.VUXEN).revision();
        String firstQuestion = "هل التنقل هنا سهل؟ " + before;
        PackUploads.Checked first = uploads.check(withQuestion(packs, Language.AR, firstQuestion), Language.AR);
        PackUploads.Checked second = other.uploads().check(
                withQuestion(other.packs(), Language.AR, "هل التنقل هنا ممتع؟ " + before), Language.AR);
        long uploadsBefore = uploadsKept();

        Future<PackUploads.Saved>[] both = whileTheFirstIsUncommitted(() -> uploads.save(first),
                () -> other.uploads().save(second));

        assertThat(both[0].get(PATIENCE.toSeconds(), TimeUnit.SECONDS).revisions())
                .containsExactly("vuxen/" + PackUploads.nextRevision(before));
        assertThat(failureOf(both[1])).isInstanceOfSatisfying(PackUploads.Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(PackUploads.Refused.Reason.CHANGED_MEANWHILE);
            assertThat(refused.lastSave()).hasValueSatisfying(last -> assertThat(last.by()).isEqualTo(admin));
        });
        assertThat(uploadsKept()).isEqualTo(uploadsBefore + 1);
        assertThat(other.packs().text(Language.AR, VUXEN_QUESTION)).contains(firstQuestion);
        assertThat(packs.text(Language.AR, VUXEN_QUESTION)).contains(firstQuestion);
    }

    @Test
    void a_double_tap_on_save_keeps_the_pack_once_and_makes_its_revision_once() throws Exception {
        String before = catalog.current(Version.VUXEN).revision();
        PackUploads.Checked changed = uploads.check(
                withQuestion(packs, Language.AR, "هل الطريق هنا سهل؟ " + before), Language.AR);
        long uploadsBefore = uploadsKept();
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<PackUploads.Saved> tap = signedIn(() -> {
            try {
                together.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return uploads.save(changed);
        });

        Future<PackUploads.Saved> one = threads.submit(tap);
        Future<PackUploads.Saved> two = threads.submit(tap);

        List<String> made = new ArrayList<>(one.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).revisions());
        made.addAll(two.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).revisions());
        assertThat(made).as("made by one of the taps").containsExactly("vuxen/" + PackUploads.nextRevision(before));
        assertThat(uploadsKept()).as("kept once").isEqualTo(uploadsBefore + 1);
    }

    @Test
    void a_file_that_no_longer_passes_against_the_swedish_saved_since_its_check_is_refused_and_kept_out() {
        LanguagePack swedish = packs.swedish();
        String title = "مرحبًا بكم في بوصلة المكان للحوار حول الحي";
        assertThat(title.codePointCount(0, title.length())).as("fits the Swedish title of 29, not one of 16")
                .isBetween(33, 58);
        LanguagePack withTitle = edited(packs.pack(Language.AR).orElseThrow(), texts -> texts.put("home.title", title));
        PackUploads.Checked arabic = uploads.check(file(withTitle), Language.AR);
        assertThat(arabic.passed()).isTrue();
        long uploadsBefore = uploadsKept();
        tenants.signInAs(admin);
        try {
            uploads.save(uploads.check(file(edited(swedish, texts -> texts.put("home.title", "Välkommen hit nu"))),
                    Language.SV));

            assertThatThrownBy(() -> uploads.save(arabic)).isInstanceOfSatisfying(PackUploads.Refused.class,
                    refused -> assertThat(refused.reason()).isEqualTo(PackUploads.Refused.Reason.PROBLEMS));
            assertThat(uploadsKept()).as("only the Swedish").isEqualTo(uploadsBefore + 1);
            assertThat(packs.text(Language.AR, "home.title")).isNotEqualTo(Optional.of(title));
        } finally {
            uploads.save(uploads.check(file(swedish), Language.SV));
        }
    }
}
