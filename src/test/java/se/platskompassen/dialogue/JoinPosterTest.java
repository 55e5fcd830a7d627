package se.platskompassen.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class JoinPosterTest {

    private static final String LINK = "https://platskompassen.se/delta/K7PX-M4RT";
    private static final String SAMI = "Giron/Kiruna – Sámegiella: Čohkkiras, Ŋ ŧ đ ž";
    private static final String POLISH = "Łódź Żółć";

    private static PosterContent poster(String placeName) {
        return new PosterContent(placeName, "Vad tycker du om platsen?",
                "Skanna koden med mobilen eller gå till länken och skriv koden. Det tar ungefär tio minuter.",
                "Kod", "K7PX-M4RT", LINK, "Kiruna kommun · Samhällsbyggnad");
    }

    @Test
    void the_poster_is_one_a4_page() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(JoinPoster.pdf(poster("Stadsparken")))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            var size = pdf.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isCloseTo(595, within(1f));
            assertThat(size.getHeight()).isCloseTo(842, within(1f));
        }
    }

    @Test
    void the_poster_shows_the_place_the_code_and_the_link() throws IOException {
        String text = text(JoinPoster.pdf(poster("Stadsparken")));

        assertThat(text).contains("Stadsparken", "K7PX-M4RT", LINK, "Vad tycker du om platsen?", "Kod",
                "Kiruna kommun · Samhällsbyggnad", "Det tar ungefär tio minuter.");
    }

    @Test
    void the_results_address_is_printed_on_the_poster_and_the_code_still_leads_to_the_join_link() throws IOException {
        PosterContent plain = poster("Stadsparken");
        byte[] bytes = JoinPoster.pdf(new PosterContent(plain.placeName(), plain.heading(), plain.instructions(),
                plain.codeLabel(), plain.joinCode(), plain.link(), plain.footer(),
                "Resultaten: platskompassen.se/r/K7PX-M4RT"));

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(text(bytes)).contains("Resultaten: platskompassen.se/r/K7PX-M4RT", LINK, "Det tar ungefär tio minuter.");
        assertThat(qrOnPage(bytes)).isEqualTo(LINK);
    }

    @Test
    void the_qr_code_on_the_printed_page_leads_to_the_link() throws IOException {
        assertThat(qrOnPage(JoinPoster.pdf(poster("Stadsparken")))).isEqualTo(LINK);
    }

    @Test
    void a_place_name_of_200_characters_fits_on_the_one_page_next_to_a_readable_code() throws IOException {
        String name = "Området kring Ängsgårdens gamla skola, idrottsplatsen och stigen längs ån ".repeat(3)
                .substring(0, 200).strip();
        byte[] bytes = JoinPoster.pdf(poster(name));

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(text(bytes)).contains(name, "K7PX-M4RT", LINK);
        assertThat(qrOnPage(bytes)).isEqualTo(LINK);
    }

    @Test
    void sami_and_polish_letters_are_printed_in_embedded_fonts() throws IOException {
        byte[] bytes = JoinPoster.pdf(poster(SAMI + " / " + POLISH));

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            List<PDFont> fonts = fonts(pdf.getPage(0));
            assertThat(fonts).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        }
        assertThat(text(bytes)).contains(SAMI, POLISH);
    }

    @Test
    void odd_texts_still_give_one_page_with_a_readable_code() throws IOException {
        String odd = "\u0000\t\n<&>\"' 🙂 مرحبا Ω ẞ " + "x".repeat(300) + " " + "ord ".repeat(2500);
        byte[] bytes = JoinPoster.pdf(new PosterContent(odd, odd, odd, odd, "KOD-" + "M".repeat(60), LINK, odd));

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(qrOnPage(bytes)).isEqualTo(LINK);
    }

    @Test
    void empty_texts_and_an_empty_link_still_give_one_page() throws IOException {
        byte[] bytes = JoinPoster.pdf(new PosterContent("", "", "", "", "", "", ""));

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void a_sample_poster_is_written_for_a_human_look() throws IOException {
        Path file = Path.of("target", "poster", "sample-poster.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, JoinPoster.pdf(poster(SAMI)));

        assertThat(text(Files.readAllBytes(file))).contains(SAMI);
    }

    /** The page's text, its line breaks and runs of spaces made single spaces. */
    private static String text(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private static String qrOnPage(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
            return QrImages.decode(page);
        }
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }
}
