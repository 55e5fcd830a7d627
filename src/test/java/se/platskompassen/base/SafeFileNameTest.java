package se.platskompassen.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** File names for downloads (exports and PDF reports) that every system takes as they are. */
class SafeFileNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kvällsmöte på torget|kvallsmote-pa-torget",
            "Ål & Ödeshög 2026!|al-odeshog-2026",
            "Čáhcegáddi, Sápmi|cahcegaddi-sapmi",
            "../../etc/passwd|etc-passwd",
            "\"; rm -rf /|rm-rf",
            "日本語|export",
            "Łódź – Straße|lodz-strase"})
    void file_name_parts_are_ascii_letters_digits_and_dashes(String title, String part) {
        assertThat(SafeFileName.part(title)).isEqualTo(part);
        assertThat(SafeFileName.of("csv", SafeFileName.part(title), "1")).matches("[A-Za-z0-9._-]+");
    }

    @Test
    void a_file_name_part_is_at_most_sixty_characters() {
        assertThat(SafeFileName.part("Mötesplats ".repeat(20))).hasSizeLessThanOrEqualTo(SafeFileName.MAX_PART)
                .doesNotEndWith("-");
    }
}
