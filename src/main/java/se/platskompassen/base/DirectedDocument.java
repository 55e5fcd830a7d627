package se.platskompassen.base;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A document whose paragraphs run in a direction: OpenPDF shapes Arabic script and orders
 * right-to-left text only in columns and table cells, never in a paragraph added to the page
 * itself. So each paragraph is set in a borderless one-cell table running in the paragraph's
 * direction (its own, else the document's), which breaks across pages as a paragraph does. A
 * document in Swedish still gets a right-to-left place name or comment right; one in Arabic or
 * Persian runs right to left throughout (docs/decisions/0031). Lists are not set so: set a list
 * as a table.
 */
public class DirectedDocument extends Document {

    private final int runDirection;

    /** A document of this page size and margins whose text runs in {@code runDirection} ({@code PdfWriter.RUN_DIRECTION_*}). */
    public DirectedDocument(Rectangle page, float left, float right, float top, float bottom, int runDirection) {
        super(page, left, right, top, bottom);
        this.runDirection = runDirection;
    }

    public int runDirection() {
        return runDirection;
    }

    @Override
    public boolean add(Element element) throws DocumentException {
        if (element instanceof Paragraph paragraph && element.type() == Element.PARAGRAPH) {
            return super.add(block(paragraph));
        }
        return super.add(element);
    }

    private PdfPTable block(Paragraph paragraph) {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setRunDirection(paragraph.getRunDirection() >= PdfWriter.RUN_DIRECTION_LTR ? paragraph.getRunDirection() : runDirection);
        block.setSpacingBefore(paragraph.getSpacingBefore());
        block.setSpacingAfter(paragraph.getSpacingAfter());
        block.setKeepTogether(paragraph.getKeepTogether());
        block.setSplitLate(false);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setArabicOptions(PdfText.ARABIC_OPTIONS);
        cell.addElement(paragraph);
        block.addCell(cell);
        return block;
    }
}
