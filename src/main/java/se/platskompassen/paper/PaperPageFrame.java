package se.platskompassen.paper;

import static se.platskompassen.paper.PaperLayout.PAGE;
import static se.platskompassen.paper.PaperLayout.SIDE;

import java.awt.Color;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import se.platskompassen.base.PdfFonts;
import se.platskompassen.base.PdfStyle;

/**
 * The header (place, dialogue, join code, form number box) and the footer (page n of m, the
 * questionnaire revision) of every page of the paper form.
 */
final class PaperPageFrame extends PdfPageEventHelper {

    private static final float CODE_WIDTH = 156;

    private final PaperFormContent content;
    private final PaperLayout.Labels labels;
    private @Nullable PdfTemplate total;
    private int pages;

    PaperPageFrame(PaperFormContent content, PaperLayout.Labels labels) {
        this.content = content;
        this.labels = labels;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 14);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pages++;
        PdfContentByte canvas = writer.getDirectContent();
        float top = PAGE.getHeight() - 30;
        float right = PAGE.getWidth() - SIDE;
        float codeLeft = right - CODE_WIDTH;

        // Left: the place and the dialogue, shrunk until both fit
        String place = content.placeName();
        String title = content.dialogueTitle();
        fitted(canvas, place, title, SIDE, top - 66, codeLeft - 14, top);

        // Right: the join code, and the box for the form number
        text(canvas, labels.label("paper.form.code"), PdfFonts.REGULAR, 9, PdfStyle.MUTED, codeLeft, top - 8,
                Element.ALIGN_LEFT);
        float codeSize = Math.min(15, (CODE_WIDTH - 2) / Math.max(1, PdfFonts.MONO_BOLD.getWidthPoint(
                content.joinCode(), 1)));
        text(canvas, content.joinCode(), PdfFonts.MONO_BOLD, codeSize, PdfStyle.INK, codeLeft, top - 26,
                Element.ALIGN_LEFT);
        text(canvas, labels.label("paper.form.number"), PdfFonts.REGULAR, 9, PdfStyle.MUTED, codeLeft, top - 42,
                Element.ALIGN_LEFT);
        canvas.saveState();
        canvas.setColorStroke(PdfStyle.INK);
        canvas.setLineWidth(1.2f);
        canvas.rectangle(codeLeft, top - 72, CODE_WIDTH, 26);
        canvas.stroke();
        canvas.setColorStroke(PdfStyle.RULE);
        canvas.setLineWidth(0.8f);
        canvas.moveTo(SIDE, top - 80);
        canvas.lineTo(right, top - 80);
        canvas.stroke();
        canvas.restoreState();

        // Footer: page n of m, and which questionnaire this is
        String page = labels.label("paper.form.page", pages) + " ";
        text(canvas, page, PdfFonts.REGULAR, 10, PdfStyle.MUTED, SIDE, 26, Element.ALIGN_LEFT);
        if (total != null) {
            canvas.addTemplate(total, SIDE + PdfFonts.REGULAR.getWidthPoint(page, 10), 26);
        }
        text(canvas, "Platskompassen · " + content.questionnaire().id() + " · " + content.language().code(),
                PdfFonts.REGULAR, 9, PdfStyle.MUTED, right, 26, Element.ALIGN_RIGHT);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        if (total != null) {
            total.beginText();
            total.setFontAndSize(PdfFonts.REGULAR, 10);
            total.setColorFill(PdfStyle.MUTED);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(pages));
            total.endText();
        }
    }

    /** The place (bold) over the dialogue's title, at the largest size from 14 pt down to 7 pt that fits. */
    private void fitted(PdfContentByte canvas, String place, String title, float left, float bottom, float right,
            float top) {
        for (float size = 14; size >= 7; size -= 0.5f) {
            ColumnText trial = header(null, place, title, size, left, bottom, right, top);
            try {
                if (!ColumnText.hasMoreText(trial.go(true)) || size <= 7) {
                    header(canvas, place, title, size, left, bottom, right, top).go();
                    return;
                }
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private ColumnText header(@Nullable PdfContentByte canvas, String place, String title,
            float size, float left, float bottom, float right, float top) {
        Phrase phrase = new Phrase(size * 1.2f, place, PdfStyle.font(PdfFonts.BOLD, size, PdfStyle.INK));
        phrase.add(new Chunk("\n" + title, PdfStyle.font(PdfFonts.REGULAR, Math.max(7, size - 2), PdfStyle.MUTED)));
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(phrase, left, bottom, right, top, size * 1.2f, Element.ALIGN_LEFT);
        column.setUseAscender(true);
        return column;
    }

    private void text(PdfContentByte canvas, String text, BaseFont font, float size, Color color, float x, float y,
            int alignment) {
        canvas.saveState();
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(color);
        canvas.showTextAligned(alignment, text, x, y, 0);
        canvas.endText();
        canvas.restoreState();
    }
}
