package se.platskompassen.testing;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF read back glyph by glyph with PDFBox, to tell whether every letter printed as a real
 * glyph of an embedded font: the text as a reader extracts it (right-to-left runs back in
 * logical order, presentation forms folded to letters), the raw character behind each glyph, the
 * glyphs that are the font's .notdef box, those without a character, and the fonts used.
 *
 * @param text the extracted text, runs of white space as one space
 * @param raw the characters behind the glyphs as the PDF maps them, in drawing order, no spaces
 * @param notdef glyphs drawn as the font's .notdef (glyph 0): a box instead of a letter
 * @param unmapped glyphs without a character (or mapped to U+FFFD)
 * @param fonts the base names of the fonts the pages use, subset prefixes removed
 * @param notEmbedded fonts that are not embedded
 */
public record PdfGlyphs(String text, String raw, int notdef, int unmapped, Set<String> fonts,
        Set<String> notEmbedded) {

    public static PdfGlyphs of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StringBuilder raw = new StringBuilder();
            int[] counts = new int[2];
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition position : positions) {
                        String unicode = position.getUnicode();
                        if (unicode == null || unicode.isEmpty() || unicode.contains("\uFFFD")) {
                            counts[1]++;
                        } else if (!unicode.isBlank()) {
                            raw.append(unicode);
                        }
                        if (position.getFont() instanceof PDType0Font type0) {
                            for (int code : position.getCharacterCodes()) {
                                if (type0.codeToGID(code) == 0) {
                                    counts[0]++;
                                }
                            }
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(document).replaceAll("[\\s\u2002\u00a0]+", " ");
            Set<String> fonts = new TreeSet<>();
            Set<String> notEmbedded = new TreeSet<>();
            for (PDPage page : document.getPages()) {
                for (PDFont font : fonts(page)) {
                    String name = font.getName().replaceFirst("^[A-Z]{6}\\+", "");
                    fonts.add(name);
                    if (!font.isEmbedded()) {
                        notEmbedded.add(name);
                    }
                }
            }
            return new PdfGlyphs(text, raw.toString(), counts[0], counts[1], fonts, notEmbedded);
        }
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }

    /**
     * Text as a PDF's extracted text is compared with what was printed: white space as one space,
     * a line broken after a hyphen joined again, the zero-width non-joiner (no glyph, a break in
     * the joining) left out, and compatibility forms and the order of Arabic vowel marks made one
     * (a reader may extract shadda and fatha in either order).
     */
    /** Every letter printed on one page (1-based), with its position, font and size. */
    public static List<TextPosition> letters(PDDocument pdf, int page) throws IOException {
        List<TextPosition> letters = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                letters.addAll(positions);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return letters;
    }

    public static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\u2002\u00a0]+", " ")
                .replace("- ", "-").replace("\u200c", "").strip();
    }

    /** Whether some letter was drawn in one of Unicode's Arabic presentation forms, i.e. shaped (joined). */
    public boolean hasArabicPresentationForms() {
        return raw.codePoints().anyMatch(c -> (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF));
    }

    /** Whether some Arabic letter was drawn in its isolated, unjoined base form (not shaped). */
    public boolean hasUnshapedArabicLetters() {
        return raw.codePoints().anyMatch(c -> c >= 0x0620 && c <= 0x064A || c >= 0x067E && c <= 0x06D3);
    }
}
