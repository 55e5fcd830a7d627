package se.platskompassen.response.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import se.platskompassen.dialogue.Availability;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueKind;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.live.LiveSubscription;
import se.platskompassen.organisation.OrganisationKind;
import se.platskompassen.organisation.OrganisationService;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.place.PlaceDetails;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.DialogueNotOpenException;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.PostgresAvailable;
import se.platskompassen.testing.PostgresInstance;

/**
 * Two instances on one PostgreSQL, as behind a load balancer: a facilitator closes the dialogue
 * on one, and the resident pages open on the other hear of it and can start nothing more.
 */
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
class ClosingAcrossInstancesTest {

    @Test
    void a_close_on_one_instance_reaches_the_resident_pages_of_the_other_and_stops_their_starts() {
        try (ConfigurableApplicationContext a = PostgresInstance.start(true);
                ConfigurableApplicationContext b = PostgresInstance.start(false)) {
            TenantAccess access = a.getBean(TenantAccess.class);
            long organisation = access.asSystem(null, () -> a.getBean(OrganisationService.class)
                    .create("Två instanser " + UUID.randomUUID(), OrganisationKind.MUNICIPALITY)).id();
            DialogueService dialoguesOnA = a.getBean(DialogueService.class);
            Dialogue dialogue = access.asSystem(organisation, () -> {
                long place = a.getBean(PlaceService.class).create(PlaceDetails.named("Torget")).id();
                Dialogue created = dialoguesOnA.create(place, new DialogueSettings("Kväll på torget", null,
                        Version.VUXEN, Set.of(Language.SV), DialogueKind.INDIVIDUAL, null, null, List.of()));
                return dialoguesOnA.open(created.id());
            });
            Dialogue heldOnB = b.getBean(DialogueService.class).findByJoinCode(dialogue.joinCode()).orElseThrow();

            AtomicReference<Availability> heardOnB = new AtomicReference<>(Availability.OPEN);
            try (LiveSubscription page = b.getBean(DialogueStatusWatch.class).watch(heldOnB, heardOnB::set)) {
                access.asSystem(organisation, () -> dialoguesOnA.close(dialogue.id()));
                await().atMost(Duration.ofSeconds(10)).until(() -> heardOnB.get() == Availability.CLOSED);
            }

            assertThatThrownBy(() -> b.getBean(ResponseService.class).start(heldOnB, UUID.randomUUID(),
                    b.getBean(QuestionnaireCatalog.class).current(Version.VUXEN), Language.SV,
                    CollectionMode.SHARED_TABLET)).isInstanceOf(DialogueNotOpenException.class);
            assertThat(heardOnB.get()).isEqualTo(Availability.CLOSED);
        }
    }
}
