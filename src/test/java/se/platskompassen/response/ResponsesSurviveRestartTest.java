package se.platskompassen.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.platskompassen.Application;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.PostgresAvailable;
import se.platskompassen.testing.Tenants;

/** A half-answered response is still there, as it was, after the application restarts. */
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
class ResponsesSurviveRestartTest {

    private static ConfigurableApplicationContext startApplication() {
        return new SpringApplicationBuilder(Application.class).run(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + PostgresAvailable.URL,
                "--spring.datasource.username=" + PostgresAvailable.USER,
                "--spring.datasource.password=" + PostgresAvailable.PASSWORD,
                "--server.port=0", "--spring.main.banner-mode=off");
    }

    @Test
    void a_partial_response_survives_a_restart_of_the_application() {
        UUID id = UUID.randomUUID();
        long dialogueId;
        long organisationId;
        try (ConfigurableApplicationContext first = startApplication()) {
            Tenants tenants = first.getBean(Tenants.class);
            Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
            dialogueId = dialogue.id();
            organisationId = dialogue.organisationId();
            tenants.signOut();
            ResponseService responses = first.getBean(ResponseService.class);
            responses.start(dialogue, id, first.getBean(QuestionnaireCatalog.class).current(Version.VUXEN), Language.SV,
                    CollectionMode.SHARED_TABLET);
            responses.saveAnswer(id, new AnswerInput(Theme.MOVING_AROUND, 3, "Bra cykelbanor", null));
            responses.saveAnswer(id, AnswerInput.skipped(Theme.PUBLIC_TRANSPORT));
        }

        try (ConfigurableApplicationContext second = startApplication()) {
            ResponseService responses = second.getBean(ResponseService.class);
            Tenants tenants = second.getBean(Tenants.class);
            tenants.signInAs(tenants.newStaff(organisationId, Role.ANALYST));
            Dialogue dialogue = second.getBean(DialogueService.class).find(dialogueId).orElseThrow();
            Response response = responses.find(id).orElseThrow();
            assertThat(response.completed()).isFalse();
            assertThat(response.collectionMode()).isEqualTo(CollectionMode.SHARED_TABLET);
            assertThat(responses.answersOf(id)).extracting(Answer::themeCode)
                    .containsExactlyInAnyOrder("MOVING_AROUND", "PUBLIC_TRANSPORT");
            assertThat(responses.counts(dialogue)).isEqualTo(new ResponseCounts(1, 0));

            responses.saveAnswer(id, AnswerInput.scored(Theme.TRAFFIC_PARKING, 6));
            responses.complete(id);
            assertThat(responses.counts(dialogue)).isEqualTo(new ResponseCounts(1, 1));
            tenants.signOut();
        }
    }
}
