package se.platskompassen.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts every PDF of ours embeds, bundled in {@code src/main/resources/fonts} with their
 * licences and loaded once from the classpath, so that every language pack prints the same on
 * every machine (docs/decisions/0012, 0031): DejaVu Sans for Latin, Cyrillic and the rest of
 * Europe, Noto Sans Arabic for Arabic and Persian (DejaVu lacks many of their joined forms), Noto
 * Sans Ethiopic for Tigrinya (DejaVu has no Ethiopic at all). Only the glyphs a document uses are
 * embedded (subsets). {@link #forLetter} picks the font of a letter's script; {@link PdfText}
 * sets text in runs of one font each.
 */
public final class PdfFonts {

    public static final BaseFont REGULAR = load("DejaVuSans.ttf");
    public static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");
    public static final BaseFont MONO_BOLD = load("DejaVuSansMono-Bold.ttf");
    public static final BaseFont ARABIC = load("NotoSansArabic-Regular.ttf");
    public static final BaseFont ARABIC_BOLD = load("NotoSansArabic-Bold.ttf");
    public static final BaseFont ETHIOPIC = load("NotoSansEthiopic-Regular.ttf");
    public static final BaseFont ETHIOPIC_BOLD = load("NotoSansEthiopic-Bold.ttf");

    private PdfFonts() {
    }

    /**
     * The font for a letter of the Arabic or the Ethiopic script, in the weight of {@code base};
     * {@code base} itself for every other letter. Marks, digits and punctuation belong to no
     * script of their own: {@link PdfText} keeps them in the font of the letters around them.
     */
    public static BaseFont forLetter(int codePoint, BaseFont base) {
        boolean bold = base == BOLD || base == MONO_BOLD || base == ARABIC_BOLD || base == ETHIOPIC_BOLD;
        return switch (Character.UnicodeScript.of(codePoint)) {
            case ARABIC -> bold ? ARABIC_BOLD : ARABIC;
            case ETHIOPIC -> bold ? ETHIOPIC_BOLD : ETHIOPIC;
            default -> base;
        };
    }

    /** Whether the letter belongs to a script of its own, rather than to the letters around it. */
    static boolean ownsScript(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED
                && script != Character.UnicodeScript.UNKNOWN;
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: /fonts/" + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Font not readable: " + file, e);
        }
    }
}
