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
import se.platskompassen.questionnaire.ClimateModule;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.PostgresTest;

@PostgresTest
class ClimateStorageOnPostgresTest extends ClimateStorageContract {

    @Test
    void concurrent_saves_of_the_same_climate_answer_end_as_one_row() throws Exception {
        Dialogue dialogue = climateDialogue(Version.VUXEN);
        ClimateModule module = modules.current(Version.VUXEN);
        UUID id = started(dialogue);
        int threads = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> saves = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int score = 1 + i % 7;
                saves.add(pool.submit(() -> {
                    go.await();
                    climate.save(id, AnswerInput.scored(Theme.STREETS_SPACES, 4), module, score);
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

        assertThat(rows(id)).isEqualTo(1);
        assertThat(climate.scoreCounts(dialogue).answered(Theme.STREETS_SPACES)).isEqualTo(1);
    }
}
