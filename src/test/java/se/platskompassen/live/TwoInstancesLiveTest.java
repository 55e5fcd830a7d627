package se.platskompassen.live;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueKind;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.organisation.OrganisationKind;
import se.platskompassen.organisation.OrganisationService;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.place.PlaceDetails;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.ResponseService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import se.platskompassen.dialogue.DialogueActivity;
import se.platskompassen.testing.PostgresAvailable;
import se.platskompassen.testing.PostgresInstance;

/** Two instances of the application on one PostgreSQL, as behind a load balancer: changes and the projector's hold. */
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
class TwoInstancesLiveTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    /**
     * The first instance starts from an empty schema, as the other PostgreSQL tests do; the second
     * must not clean what the first has just migrated (and is using).
     */
    private static ConfigurableApplicationContext startInstance(boolean cleanFirst) {
        ConfigurableApplicationContext context = PostgresInstance.start(cleanFirst);
        PostgresChannel channel = (PostgresChannel) context.getBean(LiveChannel.class);
        await().atMost(WAIT).until(() -> channel.listenerPid() != 0);
        return context;
    }

    @Test
    void a_change_committed_on_one_instance_reaches_the_listeners_of_the_other() throws InterruptedException {
        try (ConfigurableApplicationContext a = startInstance(true);
                ConfigurableApplicationContext b = startInstance(false)) {
            // The first round pays for class loading and thread start; the later ones show the steady state.
            for (int round = 1; round <= 3; round++) {
                long latency = changeOnAReachesB(a, b);
                System.out.println("live: notify latency A->B = " + latency + " ms (round " + round + ")");
            }
            aResidentsSaveOnAIsSeenOnB(a, b);
        }
    }

    /**
     * What a live view does, on B: hear of a change, then read the counts again. The change is a
     * resident's real save on A.
     */
    private static void aResidentsSaveOnAIsSeenOnB(ConfigurableApplicationContext a, ConfigurableApplicationContext b) {
        TenantAccess accessOnA = a.getBean(TenantAccess.class);
        long organisation = accessOnA.asSystem(null, () -> a.getBean(OrganisationService.class)
                .create("Två instanser " + UUID.randomUUID(), OrganisationKind.MUNICIPALITY)).id();
        Dialogue dialogue = accessOnA.asSystem(organisation, () -> {
            long place = a.getBean(PlaceService.class).create(PlaceDetails.named("Stationen")).id();
            return a.getBean(DialogueService.class).create(place, new DialogueSettings("Kväll på stationen", null,
                    Version.VUXEN, Set.of(Language.SV), DialogueKind.INDIVIDUAL, null, null, List.of()));
        });
        accessOnA.asSystem(organisation, () -> a.getBean(DialogueService.class).open(dialogue.id()));
        Dialogue open = accessOnA.asSystem(organisation, () -> a.getBean(DialogueService.class).find(dialogue.id()))
                .orElseThrow();

        TenantAccess accessOnB = b.getBean(TenantAccess.class);
        ResponseService responsesOnB = b.getBean(ResponseService.class);
        AtomicLong startedSeenOnB = new AtomicLong();
        try (LiveSubscription view = b.getBean(LiveUpdates.class).subscribe(dialogue.id(), () -> startedSeenOnB.set(
                accessOnB.asSystem(organisation, () -> responsesOnB.counts(open)).started()))) {
            ResponseService responsesOnA = a.getBean(ResponseService.class);
            UUID resident = UUID.randomUUID();
            responsesOnA.start(open, resident, a.getBean(QuestionnaireCatalog.class).current(Version.VUXEN),
                    Language.SV, CollectionMode.OWN_DEVICE);
            responsesOnA.saveAnswer(resident, AnswerInput.scored(Theme.FEELING_SAFE, 5));
            await().atMost(WAIT).until(() -> startedSeenOnB.get() == 1);
        }
        aHoldOnAIsSeenByAProjectorOnB(a, b, organisation, open);
    }

    /** The facilitator holds the picture on A's projector: B's projector hears of it and shows the hold too. */
    private static void aHoldOnAIsSeenByAProjectorOnB(ConfigurableApplicationContext a, ConfigurableApplicationContext b,
            long organisation, Dialogue open) {
        TenantAccess accessOnB = b.getBean(TenantAccess.class);
        LiveRelease releaseOnB = b.getBean(LiveRelease.class);
        AtomicBoolean heldOnB = new AtomicBoolean();
        try (LiveSubscription projectorOnB = b.getBean(LiveUpdates.class).subscribe(open.id(),
                () -> heldOnB.set(accessOnB.asSystem(organisation, () -> releaseOnB.picture(open).held())))) {
            a.getBean(TenantAccess.class).asSystem(organisation, () -> a.getBean(LiveRelease.class).hold(open));
            await().atMost(WAIT).until(heldOnB::get);
            a.getBean(TenantAccess.class).asSystem(organisation, () -> a.getBean(LiveRelease.class).reveal(open));
            await().atMost(WAIT).until(() -> !heldOnB.get());
        }
    }

    /** Commits a change on A; asserts that B's listener and A's own (once) hear of it; returns the milliseconds to B. */
    private static long changeOnAReachesB(ConfigurableApplicationContext a, ConfigurableApplicationContext b)
            throws InterruptedException {
        long dialogue = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        AtomicLong receivedAt = new AtomicLong();
        CountDownLatch onB = new CountDownLatch(1);
        AtomicInteger onA = new AtomicInteger();
        try (LiveSubscription listenerOnB = b.getBean(LiveUpdates.class).subscribe(dialogue, () -> {
            receivedAt.compareAndSet(0, System.nanoTime());
            onB.countDown();
        });
                LiveSubscription listenerOnA = a.getBean(LiveUpdates.class).subscribe(dialogue, onA::incrementAndGet)) {
            long committing = System.nanoTime();
            a.getBean(TransactionTemplate.class).executeWithoutResult(
                    status -> a.publishEvent(new DialogueActivity(dialogue)));

            assertThat(onB.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            await().atMost(WAIT).until(() -> onA.get() == 1);
            return TimeUnit.NANOSECONDS.toMillis(receivedAt.get() - committing);
        }
    }
}
