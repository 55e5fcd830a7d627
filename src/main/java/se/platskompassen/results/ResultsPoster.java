package se.platskompassen.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import se.platskompassen.base.DirectedDocument;
import se.platskompassen.base.PdfFonts;
import se.platskompassen.base.PdfStyle;
import se.platskompassen.base.PdfText;
import se.platskompassen.dialogue.JoinQr;

/**
 * A printable A4 "Vad vi hörde – vad vi gör" poster for the place: the place, the dialogue, the
 * first actions with where they stand, and a large QR code to the results page with its address,
 * so that a resident can follow the actions months later. The fonts are embedded, a font per
 * script, and a poster in Arabic or Persian runs right to left (docs/decisions/0031).
 */
public final class ResultsPoster {

    /** At most this many actions are printed; the page has the rest. */
    public static final int MAX_ACTIONS = 6;

    private static final float MARGIN = 48;
    private static final float QR_SIDE = 200;

    private ResultsPoster() {
    }

    public static byte[] pdf(ResultsPosterContent content) {
        var pdf = new ByteArrayOutputStream();
        int direction = content.rightToLeft() ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
        var document = new DirectedDocument(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN, direction);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, pdf);
            document.addTitle(content.heading() + " – " + content.placeName());
            // The language screen readers read the poster in
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(content.language().code()));
            document.open();
            document.add(spaced(content.placeName(), PdfStyle.font(PdfFonts.BOLD, 32, PdfStyle.HEADING), 4));
            document.add(spaced(content.heading(), PdfStyle.font(PdfFonts.BOLD, 20, PdfStyle.INK), 4));
            document.add(spaced(content.dialogueLine(), PdfStyle.font(PdfFonts.REGULAR, 13, PdfStyle.MUTED), 14));
            if (!content.actions().isEmpty()) {
                document.add(spaced(content.actionsHeading(), PdfStyle.font(PdfFonts.BOLD, 15, PdfStyle.HEADING), 4));
                document.add(actions(content, direction));
            }
            if (!content.more().isBlank()) {
                document.add(spaced(content.more(), PdfStyle.font(PdfFonts.REGULAR, 11, PdfStyle.MUTED), 4));
            }
            document.add(qr(content.link()));
            Paragraph scan = spaced(content.scan(), PdfStyle.font(PdfFonts.BOLD, 14, PdfStyle.INK), 2);
            scan.setAlignment(Element.ALIGN_CENTER);
            document.add(scan);
            Paragraph link = spaced(content.link(), PdfStyle.font(PdfFonts.REGULAR, 12, PdfStyle.INK), 10);
            link.setAlignment(Element.ALIGN_CENTER);
            document.add(link);
            Paragraph footer = spaced(content.footer(), PdfStyle.font(PdfFonts.REGULAR, 9, PdfStyle.MUTED), 0);
            footer.setAlignment(Element.ALIGN_CENTER);
            document.add(footer);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The results poster could not be written", e);
        }
        return pdf.toByteArray();
    }

    private static Paragraph spaced(String text, org.openpdf.text.Font font, float after) {
        Paragraph paragraph = PdfStyle.paragraph(text, font);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static PdfPTable actions(ResultsPosterContent content, int direction) {
        PdfPTable table = new PdfPTable(new float[] {3, 2});
        table.setWidthPercentage(100);
        table.setRunDirection(direction);
        table.setSpacingAfter(8);
        for (ResultsPosterContent.Action action : content.actions().stream().limit(MAX_ACTIONS).toList()) {
            table.addCell(PdfStyle.ruledCell(action.what(), PdfStyle.font(PdfFonts.REGULAR, 11, PdfStyle.INK)));
            table.addCell(PdfStyle.ruledCell(action.status(), PdfStyle.font(PdfFonts.BOLD, 11, PdfStyle.HEADING)));
        }
        return table;
    }

    /** The QR code as a crisp black-and-white image, centred, with its quiet zone. */
    private static PdfPTable qr(String link) throws DocumentException {
        PdfPTable holder = new PdfPTable(1);
        holder.setWidthPercentage(100);
        holder.setSpacingBefore(6);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        try {
            Image image = Image.getInstance(JoinQr.png(link, 8));
            image.scaleToFit(QR_SIDE, QR_SIDE);
            image.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(image);
        } catch (IllegalArgumentException | IOException noCode) {
            cell.addElement(PdfText.phrase("", PdfStyle.font(PdfFonts.REGULAR, 9, PdfStyle.MUTED)));
        }
        holder.addCell(cell);
        return holder;
    }
}
