package se.platskompassen.compass;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * The font the compass measures its labels with: DejaVu Sans from the classpath (the font the
 * PDFs embed), not the system's "SansSerif". The system font depends on what the machine has
 * installed (fontconfig picks Noto Sans once it is there), so measuring with it wrapped and placed
 * the theme names for one font while the PDF printed them in another, and long names overlapped.
 */
public final class CompassFonts {

    /** DejaVu Sans, plain, at 1 pt: derive the size (and style) needed. */
    public static final Font REGULAR = load("/fonts/DejaVuSans.ttf");

    private static final Font ARABIC = load("/fonts/NotoSansArabic-Regular.ttf");
    private static final Font ETHIOPIC = load("/fonts/NotoSansEthiopic-Regular.ttf");

    private CompassFonts() {
    }

    /**
     * Draws a label. Arabic, Persian and Tigrinya words are set in the Noto font of their script
     * and laid out by Java's text layout, which joins Arabic letters and orders right-to-left
     * text; a PDF page receives them as outlines (its own text drawing would print Arabic letters
     * unjoined, one by one). Other words are drawn as text in DejaVu Sans, as measured.
     */
    static void draw(Graphics2D g, String text, float x, float y) {
        Font script = scriptFont(text);
        if (script == null) {
            g.drawString(text, x, y);
            return;
        }
        new TextLayout(text, script.deriveFont(g.getFont().getStyle(), g.getFont().getSize2D()),
                g.getFontRenderContext()).draw(g, x, y);
    }

    private static @Nullable Font scriptFont(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            if (script == Character.UnicodeScript.ARABIC) {
                return ARABIC;
            }
            if (script == Character.UnicodeScript.ETHIOPIC) {
                return ETHIOPIC;
            }
            i += Character.charCount(codePoint);
        }
        return null;
    }

    private static Font load(String resource) {
        try (InputStream in = CompassFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Font not readable: " + resource, e);
        }
    }
}
