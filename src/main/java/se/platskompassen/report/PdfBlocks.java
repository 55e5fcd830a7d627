package se.platskompassen.report;

import java.awt.Color;
import java.awt.Graphics2D;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import se.platskompassen.base.PdfFonts;
import se.platskompassen.compass.CompassChart;
import se.platskompassen.compass.CompassFonts;
import se.platskompassen.compass.CompassImages;

/**
 * The small pieces the reports are made of: fonts and colours, paragraphs, table cells, free text
 * made safe to print, and the compass drawn as vector graphics into a form XObject.
 */
final class PdfBlocks {

    static final Color INK = new Color(0x1f, 0x2a, 0x2e);
    static final Color MUTED = new Color(0x4a, 0x5a, 0x60);
    static final Color HEADING = new Color(0x12, 0x39, 0x3d);
    static final Color RULE = new Color(0x9a, 0xa4, 0xa8);
    static final Color SHADE = new Color(0xe8, 0xf0, 0xf0);

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

    static Font font(BaseFont base, float size, Color color) {
        return new Font(base, size, Font.NORMAL, color);
    }

    static Font body() {
        return font(PdfFonts.REGULAR, BODY, INK);
    }

    static Font bold() {
        return font(PdfFonts.BOLD, BODY, INK);
    }

    static Font muted() {
        return font(PdfFonts.REGULAR, BODY, MUTED);
    }

    static Paragraph paragraph(String text, Font font) {
        Paragraph paragraph = new Paragraph(font.getSize() * 1.35f, clean(text), font);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    static Paragraph heading(String text, float size) {
        Paragraph heading = paragraph(text, font(PdfFonts.BOLD, size, HEADING));
        heading.setSpacingBefore(size);
        heading.setSpacingAfter(size / 2);
        heading.setKeepTogether(true);
        return heading;
    }

    static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        // A row moves to the next page whole, unless it is taller than a page
        table.setSplitLate(true);
        return table;
    }

    static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(font.getSize() * 1.25f, clean(text), font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(4);
        cell.setPaddingBottom(5);
        cell.setUseAscender(true);
        return cell;
    }

    static PdfPCell number(String text, Font font) {
        PdfPCell cell = cell(text, font);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    static PdfPCell header(String text) {
        PdfPCell cell = cell(text, font(PdfFonts.BOLD, BODY - 2, HEADING));
        cell.setBackgroundColor(SHADE);
        cell.setBorderWidth(0.8f);
        return cell;
    }

    /**
     * Free text as it may be printed: line breaks kept, tabs as spaces, and control characters and
     * the invisible marks that reorder text (bidirectional overrides and isolates) left out, so
     * that a comment can neither hide its words nor show them in another order.
     */
    static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        for (int i = 0; i < unified.length(); ) {
            int c = unified.codePointAt(i);
            i += Character.charCount(c);
            boolean control = Character.getType(c) == Character.CONTROL && c != '\n';
            boolean reorders = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
            boolean broken = Character.getType(c) == Character.SURROGATE;
            if (!control && !reorders && !broken) {
                kept.appendCodePoint(c);
            }
        }
        return kept.toString();
    }

    /** At most {@code max} characters (whole code points), with an ellipsis when some were left out. */
    static String shorten(String text, int max) {
        String cleaned = clean(text).strip();
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
        String label = clean(name).strip().replace('\n', ' ');
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
