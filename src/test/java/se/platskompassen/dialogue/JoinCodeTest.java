package se.platskompassen.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JoinCodeTest {

    @Test
    void generated_codes_are_two_groups_of_four_from_symbols_that_cannot_be_mistaken_for_each_other() {
        SplittableRandom random = new SplittableRandom(42);
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String code = JoinCode.generate(random);
            assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
            code.replace("-", "").chars().forEach(c -> seen.add((char) c));
        }
        assertThat(seen).as("every symbol of the alphabet is used").hasSize(JoinCode.ALPHABET.length());
        assertThat(seen).doesNotContain('0', 'O', '1', 'I', 'L', 'Q', 'W');
    }

    @Test
    void the_alphabet_has_enough_codes_that_guessing_a_live_one_is_impractical() {
        double codes = Math.pow(JoinCode.ALPHABET.length(), JoinCode.GENERATED_LENGTH);
        double liveDialogues = 10_000;
        double triesPerHit = codes / liveDialogues;
        assertThat(triesPerHit).as("tries needed on average to hit one of 10,000 live codes").isGreaterThan(1e7);
        assertThat(JoinCode.ALPHABET.chars().distinct().count()).isEqualTo(JoinCode.ALPHABET.length());
    }

    @Test
    void a_code_is_found_whatever_the_case_spaces_and_dashes_and_a_zero_typed_for_an_o() {
        String key = JoinCode.key("K7PX-M4RT");
        assertThat(List.of("k7px-m4rt", " K7PX M4RT ", "k7pxm4rt", "K7PX—M4RT")).allSatisfy(typed ->
                assertThat(JoinCode.key(typed)).isEqualTo(key));
        assertThat(JoinCode.key("dem0-vuxen")).isEqualTo(JoinCode.key("DEMO-VUXEN"));
        assertThat(JoinCode.key("")).isEmpty();
        assertThat(JoinCode.key("x".repeat(JoinCode.MAX_LENGTH + 1))).as("too long is no code").isEmpty();
    }

    @Test
    void a_session_may_miss_ten_times_in_ten_minutes_and_then_waits_until_the_oldest_miss_is_ten_minutes_old() {
        JoinAttempts attempts = new JoinAttempts();
        Instant start = Instant.parse("2026-11-23T18:00:00Z");
        for (int i = 0; i < JoinAttempts.ALLOWED; i++) {
            assertThat(attempts.waitBeforeLookup(start.plusSeconds(i))).isEmpty();
            attempts.recordMiss(start.plusSeconds(i));
        }
        assertThat(attempts.waitBeforeLookup(start.plusSeconds(60))).contains(Duration.ofMinutes(9));
        assertThat(attempts.waitBeforeLookup(start.plus(JoinAttempts.WINDOW))).as("the oldest miss is forgotten")
                .isEmpty();
    }
}
