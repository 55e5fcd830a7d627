package se.platskompassen.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.discussion.NewAction;
import se.platskompassen.questionnaire.Theme;

/** What the demo groups agreed: a safety walk last year with its actions, and this autumn's first evening. */
final class DemoDiscussion {

    private DemoDiscussion() {
    }

    static void recordAfterTheWalk(DiscussionService discussions, Dialogue walk, Instant closed, ZoneId zone) {
        agree(discussions, walk, Theme.FEELING_SAFE, 2, "Mörkt och ödsligt längs gångvägen mot skolan efter "
                + "klockan fem. Många väljer en längre väg hem.", true);
        agree(discussions, walk, Theme.STREETS_SPACES, 3, "Torget används mest som genväg; inget att sitta på.", true);
        agree(discussions, walk, Theme.PLAY_RECREATION, 3, "Lekplatsen vid Tallbacken är sliten. Unga saknar en "
                + "plats att vara på kvällar.", true);
        agree(discussions, walk, Theme.NATURAL_SPACE, 5, "Skogen norr om husen är uppskattad.", false);
        agree(discussions, walk, Theme.PUBLIC_TRANSPORT, 4, null, false);
        LocalDate day = LocalDate.ofInstant(closed, zone);
        var light = discussions.addAction(walk, new NewAction(Theme.FEELING_SAFE,
                "Byt till ljusare belysning längs gångvägen mot skolan", "Gatuenheten", day.plusMonths(6)));
        discussions.setActionDone(walk, light.id(), true);
        discussions.addAction(walk, new NewAction(Theme.PLAY_RECREATION, "Rusta lekplatsen vid Tallbacken "
                + "tillsammans med barnen i området", "Park och natur", day.plusMonths(14)));
        discussions.addAction(walk, new NewAction(Theme.STREETS_SPACES, "Prova sittplatser och blommor på torget "
                + "under en sommar", "Stadsbyggnad och bostadsbolaget", day.plusMonths(10)));
        discussions.addAction(walk, new NewAction(null, "Bjud in till en ny dialog efter ett år och jämför",
                "Folkhälsosamordnaren", day.plusMonths(12)));
    }

    static void recordFirstEvening(DiscussionService discussions, Dialogue open) {
        agree(discussions, open, Theme.FEELING_SAFE, 4, "Belysningen har hjälpt, men tunneln under vägen känns "
                + "fortfarande otrygg.", true);
        agree(discussions, open, Theme.PLAY_RECREATION, 4, null, false);
        agree(discussions, open, Theme.INFLUENCE_CONTROL, 3, "Fler vill vara med och bestämma om torget.", true);
    }

    private static void agree(DiscussionService discussions, Dialogue dialogue, Theme theme, int score, @Nullable String notes,
            boolean priority) {
        discussions.saveAgreedScore(dialogue, theme, score);
        if (notes != null) {
            discussions.saveNotes(dialogue, theme, notes);
        }
        if (priority) {
            discussions.setPriority(dialogue, theme, true);
        }
    }
}
