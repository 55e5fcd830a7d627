package se.platskompassen.dialogue;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import se.platskompassen.base.PdfFonts;
import se.platskompassen.base.PdfStyle;
import se.platskompassen.base.PdfText;

/**
 * A printable A4 poster that invites people to a dialogue: the place, a heading, a large QR code
 * of the join link, the join code, the link itself, instructions and a footer.
 *
 * <p>Every text shrinks until it fits its part of the page, so that any place name gives one
 * page; text that does not fit even at the smallest size is cut off, never spilled over the
 * code. The QR code is drawn as vector squares and takes the space the texts leave (at least
 * about 6.5 cm, quiet zone included). The fonts are embedded, a font per script, and Arabic and
 * Persian texts run right to left (decision 0031), so the poster can be printed in every language
 * of the dialogue; the PDF names its language for screen readers.
 */
public final class JoinPoster {

    private static final Rectangle PAGE = PageSize.A4;
    private static final float MARGIN = 40;
    private static final float LEFT = MARGIN;
    private static final float RIGHT = PAGE.getWidth() - MARGIN;
    private static final float WIDTH = RIGHT - LEFT;
    private static final float LARGEST_CODE_SIDE = 380;
    private static final float LINE_SPACING = 1.2f;

    private JoinPoster() {
    }

    public static byte[] pdf(PosterContent content) {
        var pdf = new ByteArrayOutputStream();
        var document = new Document(PAGE, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, pdf);
            document.addTitle(content.placeName());
            // The language screen readers read the poster in
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(content.language().code()));
            document.open();
            draw(writer.getDirectContent(), content);
            // The page is kept even if every text is empty and there is no code to draw
            writer.setPageEmpty(false);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The poster could not be written", e);
        }
        return pdf.toByteArray();
    }

    private static void draw(PdfContentByte canvas, PosterContent content) throws DocumentException {
        // From the top down
        float y = PAGE.getHeight() - MARGIN;
        y = draw(canvas, fit(content.placeName(), PdfFonts.BOLD, 40, 8, 160, PdfStyle.INK), y) - 14;
        y = draw(canvas, fit(content.heading(), PdfFonts.REGULAR, 24, 8, 70, PdfStyle.INK), y) - 16;
        float codeTop = y;

        // From the bottom up
        TextBlock[] bottom = {
            fit(content.codeLabel(), PdfFonts.REGULAR, 16, 8, 24, PdfStyle.MUTED),
            fit(content.joinCode(), PdfFonts.MONO_BOLD, oneLine(content.joinCode(), PdfFonts.MONO_BOLD, 64, 10), 10, 80,
                    PdfStyle.INK),
            fit(content.link(), PdfFonts.REGULAR, oneLine(content.link(), PdfFonts.REGULAR, 16, 6), 6, 40, PdfStyle.INK),
            fit(content.instructions(), PdfFonts.REGULAR, 15, 7, 80, PdfStyle.INK),
            fit(content.resultsLine(), PdfFonts.REGULAR, 11, 6, 28, PdfStyle.INK),
            fit(content.footer(), PdfFonts.REGULAR, 10, 6, 36, PdfStyle.MUTED),
        };
        float[] gapAfter = {4, 10, 14, 14, content.resultsLine().isBlank() ? 0 : 10, 0};
        float bottomTop = MARGIN;
        for (int i = 0; i < bottom.length; i++) {
            bottomTop += bottom[i].height() + gapAfter[i];
        }
        y = bottomTop;
        for (int i = 0; i < bottom.length; i++) {
            y = draw(canvas, bottom[i], y) - gapAfter[i];
        }

        float codeBottom = bottomTop + 14;
        float side = Math.min(Math.min(WIDTH, codeTop - codeBottom), LARGEST_CODE_SIDE);
        drawQr(canvas, content.link(), LEFT + (WIDTH - side) / 2, codeBottom + (codeTop - codeBottom - side) / 2, side);
    }

    /** The dark modules as one path of rectangles, a run of modules per rectangle. */
    private static void drawQr(PdfContentByte canvas, String link, float left, float bottom, float side) {
        boolean[][] modules;
        try {
            modules = JoinQr.modules(link);
        } catch (IllegalArgumentException noCode) {
            return; // an empty or impossibly long link: the poster still shows the code and the link
        }
        float module = side / modules.length;
        float top = bottom + side;
        canvas.saveState();
        // Pure black, not the palette's ink: a scanner reads the code by its contrast
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < modules.length; row++) {
            for (int x = 0; x < modules.length; x++) {
                if (modules[row][x]) {
                    int run = JoinQr.darkRun(modules[row], x);
                    canvas.rectangle(left + x * module, top - (row + 1) * module, run * module, module);
                    x += run - 1;
                }
            }
        }
        // One fill for the whole path, so that touching squares show no seams
        canvas.fill();
        canvas.restoreState();
    }

    /** A text set at a size that fits; its height is what it takes on the page. */
    private record TextBlock(String text, Font font, float maxHeight, float height) {
    }

    /** The text at the largest size from {@code largest} down to {@code smallest} that fits. */
    private static TextBlock fit(String text, BaseFont baseFont, float largest, float smallest, float maxHeight,
            Color color) throws DocumentException {
        for (float size = largest; size >= smallest; size -= 0.5f) {
            var block = new TextBlock(text, PdfStyle.font(baseFont, size, color), maxHeight, 0);
            ColumnText column = column(null, block, maxHeight);
            if (!ColumnText.hasMoreText(column.go(true))) {
                // The column's y line ends on the last baseline; the descenders go below it
                float height = text.isBlank() ? 0 : maxHeight - column.getYLine() + descent(block);
                return new TextBlock(text, block.font(), maxHeight, Math.min(height, maxHeight));
            }
        }
        // Too long even at the smallest size: what fits is shown
        return new TextBlock(text, PdfStyle.font(baseFont, smallest, color), maxHeight, maxHeight);
    }

    /** Draws the block below {@code top}; returns where the next block may start. */
    private static float draw(PdfContentByte canvas, TextBlock block, float top) throws DocumentException {
        column(canvas, block, top).go();
        return top - block.height();
    }

    private static ColumnText column(PdfContentByte canvas, TextBlock block, float top) {
        float size = block.font().getSize();
        var column = new ColumnText(canvas);
        column.setSimpleColumn(PdfText.phrase(size * LINE_SPACING, block.text(), block.font()),
                LEFT, top - block.maxHeight(), RIGHT, top, size * LINE_SPACING, Element.ALIGN_CENTER);
        // A font per script, and Arabic and Persian joined and ordered right to left (decision 0031)
        column.setRunDirection(PdfText.direction(block.text()));
        column.setArabicOptions(PdfText.ARABIC_OPTIONS);
        column.setUseAscender(true);
        return column;
    }

    private static float descent(TextBlock block) {
        return Math.abs(block.font().getBaseFont().getFontDescriptor(BaseFont.DESCENT, block.font().getSize()));
    }

    /** The size, from {@code largest} down to {@code smallest}, at which the text fills one line. */
    private static float oneLine(String text, BaseFont font, float largest, float smallest) {
        float widthAtOne = font.getWidthPoint(text, 1);
        // A little less than the full width: ColumnText needs some room for rounding
        float size = widthAtOne > 0 ? (WIDTH - 2) / widthAtOne : largest;
        return Math.clamp(Math.min(size, largest), smallest, largest);
    }
}
