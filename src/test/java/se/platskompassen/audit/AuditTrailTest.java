package se.platskompassen.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.comments.CommentRef;
import se.platskompassen.comments.CommentService;
import se.platskompassen.comments.CommentTag;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.paper.PaperEntry;
import se.platskompassen.paper.PaperService;
import se.platskompassen.paper.TypedForm;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlaceDetails;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.Comment;
import se.platskompassen.testing.EmbeddedTest;
import se.platskompassen.testing.Tenants;

/**
 * Staff changes to places, dialogues, paper forms and comment tags leave an audit entry: who,
 * what, when. The details name places, dialogues, forms and tags, never what a resident wrote.
 */
@EmbeddedTest
class AuditTrailTest {

    private static final String RESIDENT_TEXT = "Hemlig kommentar från Storgatan 5";

    @Autowired Tenants tenants;
    @Autowired PlaceService places;
    @Autowired DialogueService dialogues;
    @Autowired PaperService paper;
    @Autowired CommentService comments;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    @Test
    void place_and_dialogue_changes_are_audited() {
        Dialogue existing = tenants.newDialogue(Version.VUXEN);
        long organisation = existing.organisationId();
        Place place = places.create(PlaceDetails.named("Parken"));
        places.update(place.id(), PlaceDetails.named("Stadsparken"));
        places.setArchived(place.id(), true);
        Dialogue dialogue = dialogues.create(existing.placeId(), existing.settings());
        DialogueSettings before = dialogue.settings();
        dialogues.update(dialogue.id(), new DialogueSettings("Ny titel", before.intro(), before.version(),
                before.languages(), before.kind(), before.opensAt(), before.closesAt(), before.areaChoices()));
        dialogues.open(dialogue.id());
        dialogues.close(dialogue.id());
        dialogues.open(dialogue.id());

        assertThat(actions(organisation)).containsSubsequence(
                AuditAction.PLACE_CREATED, AuditAction.PLACE_CHANGED, AuditAction.PLACE_ARCHIVED,
                AuditAction.DIALOGUE_CREATED, AuditAction.DIALOGUE_CHANGED, AuditAction.DIALOGUE_OPENED,
                AuditAction.DIALOGUE_CLOSED, AuditAction.DIALOGUE_REOPENED);
        assertThat(details(organisation)).anyMatch(details -> details.contains("Stadsparken"))
                .anyMatch(details -> details.contains("Ny titel"));
    }

    @Test
    void paper_entry_and_tag_operations_are_audited_without_what_the_resident_wrote() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        long organisation = dialogue.organisationId();
        Map<Theme, String> scores = new EnumMap<>(Theme.class);
        scores.put(Theme.FEELING_SAFE, "2");
        PaperEntry entry = PaperEntry.read(UUID.randomUUID(), Language.SV, dialogue.version(), dialogue.areaChoices(),
                new TypedForm("A7", "3", "2", "1", "", scores, Map.of(Theme.FEELING_SAFE, RESIDENT_TEXT),
                        Map.of(Theme.FEELING_SAFE, RESIDENT_TEXT))).valid().orElseThrow();
        paper.save(dialogue, entry);
        long answer = jdbc.sql("SELECT id FROM answer WHERE response_id = :r AND works_well IS NOT NULL")
                .param("r", entry.responseId()).query(Long.class).single();
        CommentRef comment = new CommentRef(answer, Comment.Kind.WORKS_WELL);

        CommentTag tag = comments.createTag("belysning");
        comments.renameTag(tag.id(), "ljus");
        comments.tag(comment, tag.id());
        comments.untag(comment, tag.id());
        comments.deleteTag(tag.id());

        assertThat(actions(organisation)).containsSubsequence(AuditAction.PAPER_FORM_ENTERED,
                AuditAction.COMMENT_TAG_CREATED, AuditAction.COMMENT_TAG_RENAMED, AuditAction.COMMENT_TAGGED,
                AuditAction.COMMENT_UNTAGGED, AuditAction.COMMENT_TAG_DELETED);
        assertThat(details(organisation)).anyMatch(details -> details.contains("A7"))
                .anyMatch(details -> details.contains("ljus"))
                .noneMatch(details -> details.contains("Hemlig") || details.contains("Storgatan"));
    }

    private List<AuditAction> actions(long organisation) {
        return jdbc.sql("SELECT action FROM audit_event WHERE organisation_id = :o ORDER BY id")
                .param("o", organisation).query(String.class).list().stream().map(AuditAction::valueOf).toList();
    }

    private List<String> details(long organisation) {
        return jdbc.sql("SELECT COALESCE(details, '') FROM audit_event WHERE organisation_id = :o")
                .param("o", organisation).query(String.class).list();
    }
}
