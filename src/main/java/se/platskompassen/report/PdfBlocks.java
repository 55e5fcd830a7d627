package se.platskompassen.report;

import java.awt.Graphics2D;
import java.util.Locale;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import se.platskompassen.base.PdfFonts;
import se.platskompassen.base.PdfStyle;
import se.platskompassen.base.PdfText;
import se.platskompassen.compass.CompassChart;
import se.platskompassen.compass.CompassFonts;
import se.platskompassen.compass.CompassImages;

/**
 * The small pieces the reports are made of beyond the shared {@link PdfStyle}: the report's
 * fonts, headings, tables and header cells, text shortened to fit, and the compass drawn as vector
 * graphics into a form XObject.
 */
final class PdfBlocks {


    static final float BODY = 10.5f;

    /** The longest comment printed, in characters; a longer one ends in an ellipsis. */
    static final int MAX_COMMENT = 600;

    /** The size of the legend's text in the compass's own units, and the room its text has. */
    private static final float LEGEND_SIZE = 13;
    private static final float LEGEND_ROOM = 238;

    /** The compass's labels are set in the PDF's own embedded font, so every name prints. */
    private static final FontMapper FONTS = new FontMapper() {
        @Override
        public BaseFont awtToPdf(java.awt.Font font) {
            return font.isBold() ? PdfFonts.BOLD : PdfFonts.REGULAR;
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont font, int size) {
            return CompassFonts.REGULAR.deriveFont(font == PdfFonts.BOLD ? java.awt.Font.BOLD : java.awt.Font.PLAIN,
                    (float) size);
        }
    };

    private PdfBlocks() {
    }

    static Font body() {
        return PdfStyle.font(PdfFonts.REGULAR, BODY, PdfStyle.INK);
    }

    static Font bold() {
        return PdfStyle.font(PdfFonts.BOLD, BODY, PdfStyle.INK);
    }

    static Font muted() {
        return PdfStyle.font(PdfFonts.REGULAR, BODY, PdfStyle.MUTED);
    }

    static Paragraph heading(String text, float size) {
        Paragraph heading = PdfStyle.paragraph(text, PdfStyle.font(PdfFonts.BOLD, size, PdfStyle.HEADING));
        heading.setSpacingBefore(size);
        heading.setSpacingAfter(size / 2);
        heading.setKeepTogether(true);
        return heading;
    }

    /**
     * A table across the page whose columns run in the report language's direction, the widths
     * given in reading order (right to left, the first is the rightmost column's).
     */
    static PdfPTable table(Locale locale, float... widths) {
        int direction = PdfText.direction(locale);
        float[] columns = widths.clone();
        if (direction == PdfWriter.RUN_DIRECTION_RTL) {
            for (int i = 0; i < columns.length; i++) {
                columns[i] = widths[widths.length - 1 - i];
            }
        }
        PdfPTable table = new PdfPTable(columns);
        table.setRunDirection(direction);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        // A row moves to the next page whole, unless it is taller than a page
        table.setSplitLate(true);
        return table;
    }

    static PdfPCell number(String text, Font font) {
        PdfPCell cell = PdfStyle.ruledCell(text, font);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    static PdfPCell header(String text) {
        PdfPCell cell = PdfStyle.ruledCell(text, PdfStyle.font(PdfFonts.BOLD, BODY - 2, PdfStyle.HEADING));
        cell.setBackgroundColor(PdfStyle.SHADE);
        cell.setBorderWidth(0.8f);
        return cell;
    }

    /** At most {@code max} characters (whole code points), with an ellipsis when some were left out. */
    static String shorten(String text, int max) {
        String cleaned = PdfStyle.clean(text).strip();
        if (cleaned.codePointCount(0, cleaned.length()) <= max) {
            return cleaned;
        }
        return cleaned.substring(0, cleaned.offsetByCodePoints(0, max - 1)).stripTrailing() + "\u2026";
    }

    /**
     * A series' name as the compass's legend can hold it: a legend entry has half the drawing's
     * width (the second column has about 240 of its 640 units for text) and its text is not wrapped, so a longer
     * name ends in an ellipsis. The tables and the title page give the name in full.
     */
    static String legendLabel(String name) {
        String label = PdfStyle.clean(name).strip().replace('\n', ' ');
        int length = label.codePointCount(0, label.length());
        while (length > 1 && PdfFonts.REGULAR.getWidthPoint(label, LEGEND_SIZE) > LEGEND_ROOM) {
            label = shorten(name.replace('\n', ' '), --length);
        }
        return label;
    }

    /**
     * The compass as vector graphics: drawn by the compass feature's painter onto a PDF form
     * XObject (lines, shapes and text, no image), {@code width} points wide.
     */
    static Image compass(PdfContentByte canvas, CompassChart chart, float width) throws BadElementException {
        float height = (float) (CompassImages.height(chart) * width / CompassImages.width());
        PdfTemplate template = canvas.createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height, FONTS);
        try {
            CompassImages.draw(chart, g, 0, 0, width);
        } finally {
            g.dispose();
        }
        Image image = Image.getInstance(template);
        image.setAlignment(Image.MIDDLE);
        return image;
    }
}
