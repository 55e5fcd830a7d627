package se.platskompassen.compass;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font the compass measures its labels with: DejaVu Sans from the classpath (the font the
 * PDFs embed), not the system's "SansSerif". The system font depends on what the machine has
 * installed (fontconfig picks Noto Sans once it is there), so measuring with it wrapped and placed
 * the theme names for one font while the PDF printed them in another, and long names overlapped.
 */
public final class CompassFonts {

    /** DejaVu Sans, plain, at 1 pt: derive the size (and style) needed. */
    public static final Font REGULAR = load("/fonts/DejaVuSans.ttf");

    private CompassFonts() {
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
