package se.platskompassen.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every language residents can choose ships a complete pack: every text the Swedish pack has,
 * checked as an upload would be, with its own name and a review status.
 */
class ShippedPacksTest {

    private final Map<Language, LanguagePack> shipped = LanguagePacks.shipped();

    @Test
    void every_language_ships_a_pack_that_passes_every_check() {
        assertThat(shipped.keySet()).containsExactlyInAnyOrder(Language.values());
        LanguagePack swedish = shipped.get(Language.SV);
        assertThat(swedish.texts()).hasSizeGreaterThan(300);
        for (LanguagePack pack : shipped.values()) {
            assertThat(PackCheck.check(pack, swedish)).as(pack.language().code()).isEmpty();
            assertThat(pack.texts().keySet()).as(pack.language().code()).containsExactlyElementsOf(swedish.texts().keySet());
            assertThat(pack.name()).isNotBlank();
        }
    }

    @Test
    void swedish_is_the_source_and_no_translation_claims_a_review_without_a_name() {
        assertThat(shipped.get(Language.SV).review().status()).isEqualTo(LanguagePack.Status.SOURCE);
        for (LanguagePack pack : shipped.values()) {
            if (pack.review().status() == LanguagePack.Status.REVIEWED) {
                assertThat(pack.review().reviewedBy()).as(pack.language().code()).isNotBlank();
                assertThat(pack.review().reviewedOn()).as(pack.language().code()).isNotNull();
            } else {
                assertThat(pack.review().reviewedBy()).as(pack.language().code()).isNull();
            }
        }
    }

    @Test
    void each_translation_keeps_the_swedish_it_was_made_from_beside_it() {
        LanguagePack swedish = shipped.get(Language.SV);
        for (LanguagePack pack : shipped.values()) {
            assertThat(pack.sourceTexts()).as(pack.language().code()).isEqualTo(swedish.texts());
        }
    }

    @Test
    void the_packs_own_names_are_written_in_their_own_scripts() {
        assertThat(shipped.get(Language.AR).name()).isEqualTo("العربية");
        assertThat(shipped.get(Language.FA).name()).isEqualTo("فارسی");
        assertThat(shipped.get(Language.TI).name()).isEqualTo("ትግርኛ");
        assertThat(shipped.get(Language.SO).name()).isEqualTo("Soomaali");
    }
}
