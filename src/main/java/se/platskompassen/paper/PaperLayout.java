package se.platskompassen.paper;

import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import se.platskompassen.base.PdfFonts;
import se.platskompassen.base.PdfStyle;

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

    static PdfPTable table(int columns) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        return table;
    }

    static PdfPTable fixed(float[] widths) {
        PdfPTable table = new PdfPTable(widths.length);
        try {
            table.setTotalWidth(widths);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        return table;
    }

    static PdfPCell nested(PdfPTable table) {
        PdfPCell cell = new PdfPCell(table);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingTop(4);
        return cell;
    }
}
