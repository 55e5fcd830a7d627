package se.platskompassen.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.discussion.ActionStatus;
import se.platskompassen.discussion.DialogueAction;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.Comment;
import se.platskompassen.results.PublishedComment;
import se.platskompassen.results.ResultsService;

/**
 * The demo's published results page: last year's safety walk at Norrbacka, its actions in every
 * state (done, started, dropped, planned) with notes and dates over the year after the walk, and a
 * few comments chosen for the page.
 */
@Component
class DemoResults {

    /** Comments shown on the page: one per theme, of these themes. */
    private static final Set<Theme> COMMENT_THEMES = EnumSet.of(Theme.FEELING_SAFE, Theme.PLAY_RECREATION,
            Theme.NATURAL_SPACE, Theme.STREETS_SPACES);

    private final DiscussionService discussions;
    private final ResultsService results;

    DemoResults(DiscussionService discussions, ResultsService results) {
        this.discussions = discussions;
        this.results = results;
    }

    /** Follows up the walk's actions (recorded by {@link DemoDiscussion}) and publishes its page. */
    void publishTheWalk(Dialogue walk, Instant closed, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(closed, zone);
        List<DialogueAction> actions = discussions.of(walk).actions();
        follow(walk, actions.get(0), ActionStatus.DONE, "Nya lampor längs hela gångvägen. Tack för tipsen!",
                day.plusMonths(5));
        follow(walk, actions.get(1), ActionStatus.STARTED, "Barnen har ritat förslag. Bygget börjar i vår.",
                day.plusMonths(8));
        follow(walk, actions.get(2), ActionStatus.DROPPED, "Bostadsbolaget sålde torget. Vi tar upp det igen i "
                + "nästa dialog.", day.plusMonths(9));
        follow(walk, actions.get(3), ActionStatus.PLANNED, "Dialogen Norrbacka 2.0 pågår nu.", day.plusMonths(11));
        List<PublishedComment> chosen = new ArrayList<>();
        for (PublishedComment comment : results.candidates(walk)) {
            boolean themeTaken = chosen.stream().anyMatch(c -> c.theme() == comment.theme());
            if (COMMENT_THEMES.contains(comment.theme()) && !themeTaken
                    && (comment.kind() == Comment.Kind.COULD_BE_BETTER || comment.theme() == Theme.NATURAL_SPACE)) {
                chosen.add(comment);
            }
        }
        results.chooseComments(walk, chosen.stream().map(PublishedComment::ref).collect(Collectors.toSet()));
        results.publish(walk);
    }

    private void follow(Dialogue walk, DialogueAction action, ActionStatus status, String note, LocalDate day) {
        discussions.setActionStatus(walk, action.id(), status, note, day);
    }
}
