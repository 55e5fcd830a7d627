package se.platskompassen.base;

import java.awt.Color;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;

/**
 * The look every PDF of ours shares (the report, the paper form, the join poster): one palette,
 * fonts at a size and colour, paragraphs, the two kinds of table cell, and free text made safe to
 * print. The fonts themselves are {@link PdfFonts}, text in any script {@link PdfText}.
 */
public final class PdfStyle {

    /** Body text: nearly black, softer on paper than pure black. */
    public static final Color INK = new Color(0x1f, 0x2a, 0x2e);
    /** Secondary text: leads, notes, page numbers, the typing codes. */
    public static final Color MUTED = new Color(0x4a, 0x5a, 0x60);
    /** Headings and titles. */
    public static final Color HEADING = new Color(0x12, 0x39, 0x3d);
    /** Thin rules between rows and sections, and the lines to write on. */
    public static final Color RULE = new Color(0x9a, 0xa4, 0xa8);
    /** The background of a table's header row. */
    public static final Color SHADE = new Color(0xe8, 0xf0, 0xf0);

    private PdfStyle() {
    }

    public static Font font(BaseFont base, float size, Color color) {
        return new Font(base, size, Font.NORMAL, color);
    }

    /**
     * A paragraph of (cleaned) text, its lines 1.35 times the font size apart, a little room after
     * it; in a {@link DirectedDocument} it runs in the document's direction.
     */
    public static Paragraph paragraph(String text, Font font) {
        Paragraph paragraph = new Paragraph(PdfText.phrase(font.getSize() * 1.35f, clean(text), font));
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    /**
     * A cell of a table that is read as a table: padded, with a thin rule under it. A text with
     * letters runs in its own direction (an Arabic comment right to left in a Swedish report);
     * a number or a dash in the table's.
     */
    public static PdfPCell ruledCell(String text, Font font) {
        String cleaned = clean(text);
        PdfPCell cell = new PdfPCell(PdfText.phrase(font.getSize() * 1.25f, cleaned, font));
        cell.setArabicOptions(PdfText.ARABIC_OPTIONS);
        if (PdfText.hasDirection(cleaned)) {
            cell.setRunDirection(PdfText.direction(cleaned));
        }
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(4);
        cell.setPaddingBottom(5);
        cell.setUseAscender(true);
        return cell;
    }

    /**
     * A cell that only places its phrase in a layout table: no border, no padding but a little
     * below; it runs in the table's direction. Build the phrase with {@link PdfText#phrase}.
     */
    public static PdfPCell plainCell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setArabicOptions(PdfText.ARABIC_OPTIONS);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(2);
        cell.setUseAscender(true);
        cell.setLeading(0, 1.25f);
        return cell;
    }

    /**
     * Free text as it may be printed: line breaks kept, tabs as spaces, and control characters and
     * the invisible marks that reorder text (bidirectional overrides and isolates) left out, so
     * that a comment can neither hide its words nor show them in another order.
     */
    public static String clean(String text) {
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
}
