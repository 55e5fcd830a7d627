package se.platskompassen.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.PostgresTest;

@PostgresTest
class ResponseStorageOnPostgresTest extends ResponseStorageContract {

    @Test
    void concurrent_saves_of_the_same_answer_end_as_one_row_and_one_tally() throws Exception {
        Dialogue dialogue = newDialogue(Version.VUXEN);
        UUID id = UUID.randomUUID();
        responses.start(dialogue, id, catalog.current(Version.VUXEN), Language.SV, CollectionMode.SHARED_TABLET);
        int threads = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> saves = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int score = 1 + i % 7;
                saves.add(pool.submit(() -> {
                    go.await();
                    responses.saveAnswer(id, AnswerInput.scored(Theme.PLAY_RECREATION, score));
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> save : saves) {
                save.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(responses.answersOf(id)).hasSize(1);
        ScoreCounts counts = responses.scoreCounts(dialogue);
        assertThat(counts.answered(Theme.PLAY_RECREATION)).isEqualTo(1);
        assertSameCounts(counts, responses.scoreCountsFromAnswers(dialogue));
    }
}
