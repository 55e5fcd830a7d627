package se.platskompassen.dialogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.Tenants;

/** The links between a dialogue's page and the pages around it: where each goes and who sees it. */
class DialogueLinksTest extends KaribuTest {

    @Autowired Tenants tenants;

    private static List<String> toolbarLinks() {
        return _find(Anchor.class, spec -> spec.withClasses("toolbar-link")).stream()
                .map(link -> link.getText() + " -> " + link.getHref()).toList();
    }

    @Test
    void a_facilitator_finds_the_projector_the_export_the_paper_forms_and_the_bursts_on_the_dialogue_page() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        signInAs(tenants.newStaff(dialogue.organisationId(), Role.FACILITATOR));
        navigate("dialogues/" + dialogue.id());

        String code = dialogue.joinCode();
        long id = dialogue.id();
        assertThat(toolbarLinks()).containsExactly("Visa på projektorn -> live/" + code,
                "Gå igenom temana -> live/" + code + "/discuss",
                "Exportera svar, PDF-rapport och import -> dialogues/" + id + "/export",
                "Pappersblanketter -> dialogues/" + id + "/paper",
                "Misstänkta skurar -> dialogues/" + id + "/bursts");
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).contains("places/" + dialogue.placeId());
    }

    @Test
    void an_analyst_finds_the_projector_and_the_export_but_not_the_pages_for_those_who_run_dialogues() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        signInAs(tenants.newStaff(dialogue.organisationId(), Role.ANALYST));
        navigate("dialogues/" + dialogue.id());

        assertThat(toolbarLinks()).extracting(link -> link.substring(link.indexOf(" -> ") + 4))
                .containsExactly("live/" + dialogue.joinCode(), "live/" + dialogue.joinCode() + "/discuss",
                        "dialogues/" + dialogue.id() + "/export");
    }
}
