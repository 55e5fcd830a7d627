package se.platskompassen.paper;

import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import se.platskompassen.base.PdfFonts;
import se.platskompassen.base.PdfStyle;
import se.platskompassen.base.PdfText;

/**
 * The measures of the paper form (A4, large type: body 12 pt, boxes of 18 pt) and the layout
 * tables its parts are set in; the palette and the cells are the shared {@link PdfStyle}.
 */
final class PaperLayout {

    static final Rectangle PAGE = PageSize.A4;
    static final float SIDE = 42;
    static final float HEADER = 120;
    static final float FOOTER = 52;
    static final float WIDTH = PAGE.getWidth() - 2 * SIDE;
    static final float BODY = 12;
    static final float BOX = 18;

    /** The form's texts from the message bundles, in its language. */
    @FunctionalInterface
    interface Labels {
        String label(String key, Object... arguments);
    }

    private PaperLayout() {
    }

    static Font body() {
        return PdfStyle.font(PdfFonts.REGULAR, BODY, PdfStyle.INK);
    }

    /** The small grey code a typist types for this box. */
    static Chunk codeChunk(String code) {
        return new Chunk("\u2002(" + code + ")", PdfStyle.font(PdfFonts.REGULAR, 8, PdfStyle.MUTED));
    }

    /** A layout table across the page whose cells run in {@code direction} (right to left: the first cell on the right). */
    static PdfPTable table(int columns, int direction) {
        PdfPTable table = new PdfPTable(columns);
        table.setRunDirection(direction);
        table.setWidthPercentage(100);
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        return table;
    }

    /**
     * A layout table of fixed column widths, given in reading order, at the start of the line:
     * right to left, the first width is the rightmost column's.
     */
    static PdfPTable fixed(float[] widths, int direction) {
        boolean rightToLeft = direction == PdfWriter.RUN_DIRECTION_RTL;
        float[] columns = widths.clone();
        if (rightToLeft) {
            for (int i = 0; i < columns.length; i++) {
                columns[i] = widths[widths.length - 1 - i];
            }
        }
        PdfPTable table = new PdfPTable(columns.length);
        table.setRunDirection(direction);
        try {
            table.setTotalWidth(columns);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        table.setLockedWidth(true);
        table.setHorizontalAlignment(rightToLeft ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return table;
    }

    /** Room at the start of the cell's lines (left, or right when right to left), where a box is drawn. */
    static void padStart(PdfPCell cell, float room, int direction) {
        if (direction == PdfWriter.RUN_DIRECTION_RTL) {
            cell.setPaddingRight(room);
        } else {
            cell.setPaddingLeft(room);
        }
    }

    /** A text of the form in its fonts (a font per script), lines {@code leading} points apart. */
    static Phrase phrase(float leading, String text, Font font) {
        return PdfText.phrase(leading, text, font);
    }

    static PdfPCell nested(PdfPTable table) {
        PdfPCell cell = new PdfPCell(table);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingTop(4);
        return cell;
    }
}
