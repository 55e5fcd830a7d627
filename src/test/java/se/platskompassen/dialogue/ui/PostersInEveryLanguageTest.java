package se.platskompassen.dialogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.html.Anchor;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueKind;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.dialogue.QrImages;
import se.platskompassen.organisation.Role;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.LanguagePacks;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.KaribuTest;
import se.platskompassen.testing.PdfGlyphs;
import se.platskompassen.testing.Tenants;

/**
 * A dialogue held in several languages gets its join poster and its "Vad vi hörde" poster in each
 * of them, so that a municipality can put the Arabic or Somali poster up beside the Swedish one.
 */
class PostersInEveryLanguageTest extends KaribuTest {

    @Autowired Tenants tenants;
    @Autowired DialogueService dialogues;
    @Autowired PlaceService places;
    @Autowired LanguagePacks packs;

    /** A dialogue in Somali, Arabic and Swedish, its facilitator signed in on its page. */
    private Dialogue dialoguePageIn(Language... languages) {
        Dialogue dialogue = tenants.newDialogue(Version.VUXEN);
        dialogue = dialogues.update(dialogue.id(), new DialogueSettings(dialogue.title(), null, Version.VUXEN,
                EnumSet.copyOf(List.of(languages)), DialogueKind.BOTH, null, null, List.of()));
        signInAs(tenants.newStaff(dialogue.organisationId(), Role.FACILITATOR));
        navigate("dialogues/" + dialogue.id());
        return dialogue;
    }

    private static List<Anchor> links(String kind) {
        return _find(Anchor.class, spec -> spec.withClasses(kind));
    }

    private static Anchor link(String kind, String languageName) {
        return links(kind).stream().filter(link -> link.getText().equals(languageName)).findFirst().orElseThrow();
    }

    private String pack(Language language, String key) {
        return PdfGlyphs.comparable(packs.text(language, key).orElseThrow());
    }

    private static String text(byte[] pdf) throws IOException {
        return PdfGlyphs.comparable(PdfGlyphs.of(pdf).text());
    }

    @Test
    void the_dialogue_page_offers_each_poster_once_in_each_language_of_the_dialogue_swedish_first() {
        dialoguePageIn(Language.SO, Language.AR, Language.SV);

        for (String kind : List.of("join-poster", "results-poster")) {
            assertThat(links(kind)).as(kind).extracting(Anchor::getText)
                    .containsExactly("svenska", "arabiska", "somaliska");
        }
        assertThat(link("join-poster", "arabiska").getElement().getAttribute("aria-label"))
                .isEqualTo("Ladda ner affischen på arabiska (A4, PDF)");
        assertThat(link("results-poster", "somaliska").getElement().getAttribute("aria-label"))
                .isEqualTo("Ladda ner affischen ”Vad vi hörde” på somaliska (A4, PDF)");
    }

    @Test
    void a_join_poster_downloaded_in_arabic_says_it_in_arabic_and_one_in_swedish_in_swedish() throws IOException {
        Dialogue dialogue = dialoguePageIn(Language.SV, Language.AR);
        String placeName = places.find(dialogue.placeId()).orElseThrow().name();

        byte[] arabic = DownloadKt._download(link("join-poster", "arabiska"));
        byte[] swedish = DownloadKt._download(link("join-poster", "svenska"));

        String results = _get(Anchor.class, spec -> spec.withClasses("results-address")).getHref()
                .replaceFirst("^https?://", "");
        assertThat(text(arabic)).contains(pack(Language.AR, "poster.heading"), pack(Language.AR, "poster.codeLabel"),
                placeName, dialogue.joinCode()).doesNotContain(pack(Language.SV, "poster.heading"));
        assertThat(text(arabic)).as("the address keeps its order inside the Arabic line")
                .contains(results + "?lang=ar");
        assertThat(PdfGlyphs.of(arabic).notdef()).as("boxes instead of letters").isZero();
        assertThat(text(swedish)).contains(pack(Language.SV, "poster.heading"), placeName, dialogue.joinCode())
                .doesNotContain(pack(Language.AR, "poster.heading"));
        try (PDDocument pdf = Loader.loadPDF(arabic)) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("ar");
            assertThat(QrImages.decode(new PDFRenderer(pdf).renderImageWithDPI(0, 150)))
                    .endsWith("/d/" + dialogue.joinCode());
        }
    }

    @Test
    void a_results_poster_downloaded_in_arabic_says_it_in_arabic_and_its_code_opens_the_arabic_page()
            throws IOException {
        Dialogue dialogue = dialoguePageIn(Language.SV, Language.AR);
        String placeName = places.find(dialogue.placeId()).orElseThrow().name();

        byte[] arabic = DownloadKt._download(link("results-poster", "arabiska"));
        byte[] swedish = DownloadKt._download(link("results-poster", "svenska"));

        assertThat(text(arabic)).contains(pack(Language.AR, "results.title"), pack(Language.AR, "results.poster.scan"),
                placeName, dialogue.title()).doesNotContain(pack(Language.SV, "results.title"));
        assertThat(text(swedish)).contains(pack(Language.SV, "results.title"), pack(Language.SV, "results.poster.scan"))
                .doesNotContain(pack(Language.AR, "results.title"));
        try (PDDocument pdf = Loader.loadPDF(arabic)) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("ar");
            assertThat(QrImages.decode(new PDFRenderer(pdf).renderImageWithDPI(0, 150)))
                    .endsWith("/r/" + dialogue.joinCode() + "?lang=ar");
        }
        try (PDDocument pdf = Loader.loadPDF(swedish)) {
            assertThat(QrImages.decode(new PDFRenderer(pdf).renderImageWithDPI(0, 150)))
                    .endsWith("/r/" + dialogue.joinCode());
        }
    }

    @Test
    void a_posters_file_name_carries_the_language_tag() {
        assertThat(PosterDownloads.fileName("affisch", "K7PX-M4RT", Language.SV_EASY))
                .isEqualTo("affisch-K7PX-M4RT-sv-x-easy.pdf");
        assertThat(PosterDownloads.fileName("resultat", "T-1A2B/../", Language.AR)).isEqualTo("resultat-T-1A2B-ar.pdf");
    }
}
