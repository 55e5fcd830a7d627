package se.platskompassen.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts every PDF of ours embeds (DejaVu, bundled in {@code src/main/resources/fonts} with
 * its licence), loaded once from the classpath, so that Swedish, Sámi and Polish names print the
 * same on every machine (docs/decisions/0012).
 */
public final class PdfFonts {

    public static final BaseFont REGULAR = load("DejaVuSans.ttf");
    public static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");
    public static final BaseFont MONO_BOLD = load("DejaVuSansMono-Bold.ttf");

    private PdfFonts() {
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
