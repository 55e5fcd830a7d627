package se.platskompassen.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.platskompassen.dialogue.QrImages;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.testing.ScriptSamples;

class ResultsPosterTest {

    private static final String LINK = "https://platskompassen.se/r/DEMO-ARKIV-2";

    private static ResultsPosterContent poster(int actions, boolean rightToLeft, String placeName) {
        List<ResultsPosterContent.Action> list = new ArrayList<>();
        for (int i = 1; i <= actions; i++) {
            list.add(new ResultsPosterContent.Action("Åtgärd " + i + ": byt till ljusare belysning längs gångvägen",
                    i % 2 == 0 ? "Klar sedan 3 mars 2026" : "Påbörjad sedan 1 april 2026"));
        }
        return new ResultsPosterContent(placeName, "Vad vi hörde – vad vi gör",
                "Trygghetsvandring och enkät 2025 · 12 maj 2025 – 9 juni 2025", "Vad vi gör", list,
                actions > ResultsPoster.MAX_ACTIONS ? "Och " + (actions - ResultsPoster.MAX_ACTIONS) + " till på sidan." : "",
                "Skanna koden och se hur det går", LINK, "Platskompassen", rightToLeft ? Language.AR : Language.SV);
    }

    @Test
    void the_poster_is_one_a4_page_with_the_actions_status_and_a_code_that_leads_to_the_results_page()
            throws IOException {
        byte[] bytes = ResultsPoster.pdf(poster(9, false, "Norrbacka"));

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595, within(1f));
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Norrbacka", "Vad vi hörde – vad vi gör", "Klar sedan 3 mars 2026",
                    "Åtgärd 6", "Och 3 till på sidan.", LINK).doesNotContain("Åtgärd 7");
            assertThat(QrImages.decode(new PDFRenderer(pdf).renderImageWithDPI(0, 150))).isEqualTo(LINK);
        }
    }

    @Test
    void a_poster_in_arabic_runs_right_to_left_and_still_fits_one_page() throws IOException {
        byte[] bytes = ResultsPoster.pdf(poster(3, true, ScriptSamples.ARABIC));

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(QrImages.decode(new PDFRenderer(pdf).renderImageWithDPI(0, 150))).isEqualTo(LINK);
        }
    }
}
