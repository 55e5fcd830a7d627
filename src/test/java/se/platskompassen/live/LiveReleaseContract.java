package se.platskompassen.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.transaction.support.TransactionTemplate;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.organisation.NoAccessException;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AnswerInput;
import se.platskompassen.response.CommentsErased;
import se.platskompassen.response.ResponseExclusions;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.Residents;
import se.platskompassen.testing.Tenants;

/**
 * The projector's releases on every database the application runs on: kept in the database, so
 * that every screen on every instance shows the same picture, and released once however many
 * screens look at the same moment.
 */
abstract class LiveReleaseContract {

    @Autowired Tenants tenants;
    @Autowired Residents residents;
    @Autowired LiveRelease release;
    @Autowired ResponseService responses;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired ResponseExclusions exclusions;
    @Autowired GroupPictures groups;

    @AfterEach
    void signOut() {
        tenants.signOut();
    }


    long releasedAnswers(Dialogue dialogue, Theme theme) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(answers), 0) FROM live_release_score WHERE dialogue_id = :dialogue AND theme_code = :theme
                """).param("dialogue", dialogue.id()).param("theme", theme.code()).query(Long.class).single();
    }

    int revision(Dialogue dialogue, Theme theme) {
        return jdbc.sql("SELECT revision FROM live_release WHERE dialogue_id = :dialogue AND theme_code = :theme")
                .param("dialogue", dialogue.id()).param("theme", theme.code()).query(Integer.class).single();
    }

    /** Every screen asks for the picture at the same moment, each on a thread of its own. */
    List<ScoreCounts> screensLookAtOnce(Dialogue dialogue, int screens) throws Exception {
        SecurityContext viewer = tenants.security().getContext();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(screens);
        try {
            List<Future<ScoreCounts>> pictures = new ArrayList<>();
            for (int i = 0; i < screens; i++) {
                pictures.add(pool.submit(() -> {
                    tenants.security().setContext(viewer);
                    go.await();
                    return release.picture(dialogue).scores();
                }));
            }
            go.countDown();
            List<ScoreCounts> seen = new ArrayList<>();
            for (Future<ScoreCounts> picture : pictures) {
                seen.add(picture.get());
            }
            return seen;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_batch_is_released_once_however_many_screens_look_at_the_same_moment() throws Exception {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        for (int score : new int[] {2, 3, 6}) {
            residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, score));
        }
        screensLookAtOnce(dialogue, 6);
        assertThat(revision(dialogue, Theme.FEELING_SAFE)).isEqualTo(1);
        assertThat(releasedAnswers(dialogue, Theme.FEELING_SAFE)).isEqualTo(3);

        for (int score : new int[] {7, 7, 7}) {
            residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, score));
        }
        List<ScoreCounts> seen = screensLookAtOnce(dialogue, 6);
        assertThat(revision(dialogue, Theme.FEELING_SAFE)).isEqualTo(2);
        assertThat(releasedAnswers(dialogue, Theme.FEELING_SAFE)).isEqualTo(6);
        assertThat(release.picture(dialogue).scores().count(Theme.FEELING_SAFE, 7)).isEqualTo(3);
        assertThat(seen).allSatisfy(picture -> assertThat(picture.answered(Theme.FEELING_SAFE)).isIn(3L, 6L));
    }

    @Test
    void a_screen_opened_later_shows_the_released_picture_not_the_answers_since() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        for (int score : new int[] {2, 3, 6}) {
            residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, score));
        }
        release.picture(dialogue);
        residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, 1));

        LivePicture later = release.picture(dialogue);
        assertThat(later.scores().answered(Theme.FEELING_SAFE)).isEqualTo(3);
        assertThat(later.scores().count(Theme.FEELING_SAFE, 1)).isZero();
        assertThat(later.waiting()).isEqualTo(1);
        assertThat(later.counts().started()).as("the counts are never held back").isEqualTo(4);
    }

    @Test
    void excluded_responses_neither_wait_for_the_projector_nor_reach_it() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        for (int score : new int[] {2, 3, 6}) {
            residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, score));
        }
        release.picture(dialogue);
        List<UUID> script = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            script.add(residents.answer(dialogue, new AnswerInput(Theme.FEELING_SAFE, 1, null, "Skript " + i)));
        }
        exclusions.exclude(dialogue, script, "Ett skript");

        LivePicture later = release.picture(dialogue);
        assertThat(later.waiting()).as("excluded answers are no batch").isZero();
        assertThat(later.scores().answered(Theme.FEELING_SAFE)).isEqualTo(3);
        assertThat(later.scores().count(Theme.FEELING_SAFE, 1)).isZero();
        assertThat(release.comments(dialogue, Theme.FEELING_SAFE, Locale.ROOT)).noneMatch(comment -> comment.text().startsWith("Skript"));
    }

    @Test
    void erased_comments_leave_no_copy_on_the_projector() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        for (int score : new int[] {2, 3, 6}) {
            residents.answer(dialogue, new AnswerInput(Theme.FEELING_SAFE, score, null, "Mörkt " + score));
        }
        release.picture(dialogue);
        assertThat(release.comments(dialogue, Theme.FEELING_SAFE, Language.SV.locale())).hasSize(3);

        transaction.executeWithoutResult(status -> events.publishEvent(new CommentsErased(dialogue.organisationId())));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM live_release_comment WHERE dialogue_id = :dialogue")
                .param("dialogue", dialogue.id()).query(Long.class).single()).isZero();
    }

    @Test
    void a_held_picture_shows_counts_but_no_figures_on_every_screen_until_revealed_and_can_be_held_again() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        for (int score : new int[] {2, 3, 6}) {
            residents.answer(dialogue, new AnswerInput(Theme.FEELING_SAFE, score, null, "Mörkt " + score));
        }
        assertThat(release.picture(dialogue).held()).isFalse();

        release.hold(dialogue);
        for (int score : new int[] {7, 7, 7}) {
            residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, score));
        }
        // Another screen (a reload, a second window, another instance) reads the hold from the database.
        LivePicture held = release.picture(dialogue);
        assertThat(held.held()).isTrue();
        assertThat(held.scores().answered(Theme.FEELING_SAFE)).as("no figures while held").isZero();
        assertThat(held.counts().started()).as("the counts still show").isEqualTo(6);
        assertThat(release.comments(dialogue, Theme.FEELING_SAFE, Locale.ROOT)).as("nor comments").isEmpty();

        LivePicture revealed = release.reveal(dialogue);
        assertThat(revealed.held()).isFalse();
        assertThat(revealed.scores().answered(Theme.FEELING_SAFE)).as("the reveal shows every answer").isEqualTo(6);
        assertThat(release.picture(dialogue).scores().count(Theme.FEELING_SAFE, 7)).isEqualTo(3);
        assertThat(release.comments(dialogue, Theme.FEELING_SAFE, Locale.ROOT)).hasSize(3);

        release.hold(dialogue);
        assertThat(release.picture(dialogue).held()).as("held again for the next round").isTrue();
        release.hold(dialogue);
        assertThat(release.reveal(dialogue).held()).as("holding twice needs one reveal").isFalse();
    }

    @Test
    void the_reveal_never_releases_a_theme_by_fewer_than_the_minimum_of_answers() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        for (int score : new int[] {2, 3, 6}) {
            residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, score));
        }
        release.picture(dialogue);
        release.hold(dialogue);
        residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, 1));

        LivePicture revealed = release.reveal(dialogue);
        assertThat(revealed.scores().answered(Theme.FEELING_SAFE)).isEqualTo(3);
        assertThat(revealed.waiting()).isEqualTo(1);
    }

    @Test
    void only_those_who_run_dialogues_hold_and_reveal() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        tenants.signInAs(tenants.newStaff(dialogue.organisationId(), Role.ANALYST));
        assertThatThrownBy(() -> release.hold(dialogue))
                .isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> release.reveal(dialogue))
                .isInstanceOf(NoAccessException.class);
    }

    @Test
    void a_resident_sees_the_groups_picture_only_from_the_minimum_group_size_and_not_while_held() {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        for (int score : new int[] {2, 3}) {
            residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, score),
                    AnswerInput.scored(Theme.PLAY_RECREATION, 4));
        }
        tenants.signOut();
        assertThat(groups.forResident(dialogue).showing()).as("two people: fewer than the minimum of five")
                .isEqualTo(GroupPicture.Showing.TOO_FEW);

        for (int score : new int[] {6, 6}) {
            residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, score),
                    AnswerInput.scored(Theme.PLAY_RECREATION, 4));
        }
        residents.answer(dialogue, AnswerInput.scored(Theme.FEELING_SAFE, 7));
        GroupPicture five = groups.forResident(dialogue);
        assertThat(five.showing()).isEqualTo(GroupPicture.Showing.GROUP);
        tenants.as(dialogue.organisationId(), () -> {
            LivePicture projector = release.picture(dialogue);
            assertThat(five.scores().answered(Theme.FEELING_SAFE)).as("the projector's released figures")
                    .isEqualTo(projector.scores().answered(Theme.FEELING_SAFE)).isEqualTo(5);
            assertThat(five.scores().answered(Theme.PLAY_RECREATION)).as("a theme of four shows as on the projector").isEqualTo(4);
            release.hold(dialogue);
        });
        assertThat(groups.forResident(dialogue).showing()).isEqualTo(GroupPicture.Showing.HELD);
        assertThat(groups.forResident(dialogue).scores()).isNull();
    }
}
