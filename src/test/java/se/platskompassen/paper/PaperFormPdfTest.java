package se.platskompassen.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.MessageSource;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.LanguagePacks;
import se.platskompassen.questionnaire.PackMessages;
import se.platskompassen.questionnaire.Questionnaire;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.ThemeText;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.testing.PdfGlyphs;

/** The printable paper form, read back with PDFBox; a sample of each version and language goes to target/paper. */
class PaperFormPdfTest {

    private static final String CODE = "K7PX-M4RT";
    private static final String SAMI = "Čohkkiras Sámegiella – Ŋ ŧ đ ž á";
    private static final String POLISH = "Łódź Żółć gęślą jaźń";

    private static QuestionnaireCatalog catalog;
    private static MessageSource messages;

    @BeforeAll
    static void load() {
        catalog = new QuestionnaireCatalog();
        messages = PackMessages.of(new LanguagePacks());
    }

    private static PaperFormContent content(Version version, Language language, String placeName,
            List<String> areas) {
        return new PaperFormContent(catalog.current(version), language, placeName, "Kvällsmöte i parken", CODE, areas);
    }

    static Stream<Arguments> versionsAndLanguages() {
        return Stream.of(Version.values())
                .flatMap(version -> Stream.of(Language.values()).map(language -> Arguments.of(version, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("versionsAndLanguages")
    void every_version_and_language_prints_on_a4_with_every_theme_and_the_join_code_on_every_page(Version version,
            Language language) throws IOException {
        byte[] bytes = PaperFormPdf.pdf(content(version, language, "Stadsparken", List.of("Norr", "Söder")),
                messages);
        Path sample = Path.of("target", "paper", "blankett-" + version.id() + "-" + language.code() + ".pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, bytes);

        Questionnaire questionnaire = catalog.current(version);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isBetween(2, 12);
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595, within(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(842, within(1f));
            }
            for (int page = 1; page <= pages; page++) {
                assertThat(text(pdf, page, page)).as("page %d", page).contains(CODE, "Stadsparken",
                        "Kvällsmöte i parken", normalise(label("paper.form.number", language)),
                        normalise(label("paper.form.page", language, page) + " " + pages));
            }
            String all = text(pdf, 1, pages);
            assertThat(all).contains(normalise(questionnaire.texts(language).title()),
                    normalise(label("paper.form.background", language)),
                    "Norr", "Söder");
            for (Theme theme : Theme.values()) {
                ThemeText text = questionnaire.text(theme, language);
                assertThat(all).contains(normalise(theme.number() + ". " + text.name()), normalise(text.question()));
            }
        }
    }

    @Test
    void the_adult_form_has_a_box_for_every_step_words_at_both_ends_and_the_background_questions() throws IOException {
        byte[] bytes = PaperFormPdf.pdf(content(Version.VUXEN, Language.SV, "Stadsparken", List.of()), messages);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String all = text(pdf, 1, pdf.getNumberOfPages());
            assertThat(all).contains("Mycket att förbättra", "Väldigt lite att förbättra", "Vet inte / vill inte svara",
                    "Vad fungerar bra här i dag?", "Vad kunde bli bättre?", "Hur gammal är du?", "18–29 år (2)",
                    "Kön", "Kvinna (1)", "Vill inte svara (-)", "Hur hör du ihop med platsen?");
            assertThat(all).doesNotContain("Var på platsen håller du mest till?");
            Drawing drawing = drawing(pdf);
            int backgroundBoxes = 7 + 4 + 5;
            assertThat(drawing.boxes).as("7 steps and a skip box per theme, and the background boxes")
                    .isEqualTo(Theme.COUNT * 8 + backgroundBoxes);
            assertThat(drawing.faces).isZero();
            assertThat(drawing.images).isZero();
        }
    }

    @Test
    void the_child_form_draws_three_faces_for_every_theme_as_vector_shapes_and_asks_no_age() throws IOException {
        byte[] bytes = PaperFormPdf.pdf(content(Version.BARN, Language.SV, "Skolgården", List.of()), messages);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            Drawing drawing = drawing(pdf);
            assertThat(drawing.faces).as("a sad, an in-between and a happy face per theme").isEqualTo(Theme.COUNT * 3);
            assertThat(drawing.images).as("drawn, not embedded pictures").isZero();
            for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
                if (text(pdf, page, page).contains("Inte så bra")) {
                    assertThat(drawing.facesOnPage.get(page - 1)).as("faces on page %d", page).isPositive();
                }
            }
            String all = text(pdf, 1, pdf.getNumberOfPages());
            assertThat(all).contains("Inte så bra", "Helt okej", "Jättebra", "Vad är bra här?")
                    .doesNotContain("Hur gammal är du?");
        }
    }

    @Test
    void the_results_address_is_printed_at_the_foot_of_every_page_without_adding_a_page() throws IOException {
        PaperFormContent plain = content(Version.VUXEN, Language.SV, "Stadsparken", List.of());
        byte[] without = PaperFormPdf.pdf(plain, messages);
        byte[] with = PaperFormPdf.pdf(new PaperFormContent(plain.questionnaire(), plain.language(), plain.placeName(),
                plain.dialogueTitle(), plain.joinCode(), plain.areaChoices(), "platskompassen.se/r/K7PX-M4RT"),
                messages);

        try (PDDocument before = Loader.loadPDF(without); PDDocument pdf = Loader.loadPDF(with)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(before.getNumberOfPages());
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                assertThat(text(pdf, page, page)).as("page %d", page)
                        .contains("Resultaten: platskompassen.se/r/K7PX-M4RT");
            }
        }
    }

    @Test
    void the_body_is_set_in_12_pt_or_larger_and_only_the_typing_codes_are_smaller() throws IOException {
        byte[] bytes = PaperFormPdf.pdf(content(Version.UNGDOM, Language.SV, "Stadsparken", List.of("Norr")), messages);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<String> small = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        float y = position.getYDirAdj();
                        boolean body = y > 120 && y < 842 - 52;
                        if (body && position.getFontSizeInPt() < 11.9f
                                && !"()0123456789-\u2002 ".contains(position.getUnicode())) {
                            small.add(position.getUnicode() + " " + position.getFontSizeInPt() + " in " + text);
                        }
                    }
                }
            };
            stripper.getText(pdf);
            assertThat(small).isEmpty();
        }
    }

    @Test
    void a_long_place_name_with_sami_and_polish_letters_is_printed_whole_on_every_page_in_embedded_fonts()
            throws IOException {
        String name = (SAMI + " / " + POLISH + " – området kring Ängsgårdens gamla skola och ån ").repeat(3)
                .substring(0, 200).strip();
        byte[] bytes = PaperFormPdf.pdf(content(Version.VUXEN, Language.EN, name, List.of(POLISH)), messages);
        Files.createDirectories(Path.of("target", "paper"));
        Files.write(Path.of("target", "paper", "blankett-long-name.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                assertThat(text(pdf, page, page)).as("page %d", page).contains(name, CODE);
                for (PDFont font : fonts(pdf.getPage(page - 1))) {
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(text(pdf, 1, pdf.getNumberOfPages())).contains(POLISH + " (1)");
        }
    }

    // --- reading the PDF back -------------------------------------------------------------------------

    private static String label(String key, Language language, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }

    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return normalise(stripper.getText(pdf));
    }

    /** Line breaks and runs of spaces as one space, so that wrapped text reads as one line (and as {@link PdfGlyphs#comparable}). */
    private static String normalise(String text) {
        return PdfGlyphs.comparable(text);
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }

    /** What the pages draw: boxes to tick (squares of the box size), faces (yellow filled circles), images. */
    private static final class Drawing {
        int boxes;
        int faces;
        int images;
        final List<Integer> facesOnPage = new ArrayList<>();
    }

    private static Drawing drawing(PDDocument pdf) throws IOException {
        Drawing drawing = new Drawing();
        for (PDPage page : pdf.getPages()) {
            int facesBefore = drawing.faces;
            new PDFGraphicsStreamEngine(page) {
                private final List<float[]> rectangles = new ArrayList<>();
                private Point2D current = new Point2D.Float();

                @Override
                public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                    rectangles.add(new float[] {(float) Math.abs(p1.getX() - p0.getX()),
                            (float) Math.abs(p3.getY() - p0.getY())});
                }

                @Override
                public void strokePath() {
                    for (float[] size : rectangles) {
                        if (Math.abs(size[0] - 18) < 0.5 && Math.abs(size[1] - 18) < 0.5) {
                            drawing.boxes++;
                        }
                    }
                    rectangles.clear();
                }

                @Override
                public void fillAndStrokePath(int windingRule) throws IOException {
                    float[] rgb = getGraphicsState().getNonStrokingColor().getComponents();
                    if (rgb.length == 3 && Math.round(rgb[0] * 255) == 0xf2 && Math.round(rgb[1] * 255) == 0xb1
                            && Math.round(rgb[2] * 255) == 0x34) {
                        drawing.faces++;
                    }
                    rectangles.clear();
                }

                @Override
                public void fillPath(int windingRule) {
                    rectangles.clear();
                }

                @Override
                public void drawImage(PDImage image) {
                    drawing.images++;
                }

                @Override
                public void clip(int windingRule) {
                }

                @Override
                public void moveTo(float x, float y) {
                    current = new Point2D.Float(x, y);
                }

                @Override
                public void lineTo(float x, float y) {
                    current = new Point2D.Float(x, y);
                }

                @Override
                public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                    current = new Point2D.Float(x3, y3);
                }

                @Override
                public Point2D getCurrentPoint() {
                    return current;
                }

                @Override
                public void closePath() {
                }

                @Override
                public void endPath() {
                    rectangles.clear();
                }

                @Override
                public void shadingFill(COSName shadingName) {
                }

                void run() throws IOException {
                    processPage(page);
                }
            }.run();
            drawing.facesOnPage.add(drawing.faces - facesBefore);
        }
        return drawing;
    }
}
