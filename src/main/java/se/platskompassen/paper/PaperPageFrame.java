package se.platskompassen.paper;

import static se.platskompassen.paper.PaperLayout.PAGE;
import static se.platskompassen.paper.PaperLayout.SIDE;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
import se.platskompassen.base.PdfText;

/**
 * The header (place, dialogue, join code, form number box) and the footer (page n of m, the
 * questionnaire revision) of every page of the paper form.
 */
final class PaperPageFrame extends PdfPageEventHelper {

    private static final float CODE_WIDTH = 156;

    private final PaperFormContent content;
    private final PaperLayout.Labels labels;
    /** Room for "page n of m", written when the number of pages is known. */
    private static final float PAGE_NUMBER_WIDTH = 240;

    private final List<PdfTemplate> pageNumbers = new ArrayList<>();
    private int pages;

    PaperPageFrame(PaperFormContent content, PaperLayout.Labels labels) {
        this.content = content;
        this.labels = labels;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pages++;
        PdfContentByte canvas = writer.getDirectContent();
        float top = PAGE.getHeight() - 30;
        float left = SIDE;
        float right = PAGE.getWidth() - SIDE;
        // Right to left, the page is mirrored: the names on the right, the code and the box on the left
        float codeStart = rightToLeft() ? left + CODE_WIDTH : right - CODE_WIDTH;
        float codeLeft = rightToLeft() ? left : right - CODE_WIDTH;
        int start = rightToLeft() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;

        // The place and the dialogue, shrunk until both fit
        String place = content.placeName();
        String title = content.dialogueTitle();
        if (rightToLeft()) {
            fitted(canvas, place, title, left + CODE_WIDTH + 14, top - 66, right, top);
        } else {
            fitted(canvas, place, title, left, top - 66, codeLeft - 14, top);
        }

        // The join code, and the box for the form number
        text(canvas, labels.label("paper.form.code"), PdfFonts.REGULAR, 9, PdfStyle.MUTED, codeStart, top - 8, start);
        float codeSize = Math.min(15, (CODE_WIDTH - 2) / Math.max(1, PdfFonts.MONO_BOLD.getWidthPoint(
                content.joinCode(), 1)));
        text(canvas, content.joinCode(), PdfFonts.MONO_BOLD, codeSize, PdfStyle.INK, codeStart, top - 26, start);
        text(canvas, labels.label("paper.form.number"), PdfFonts.REGULAR, 9, PdfStyle.MUTED, codeStart, top - 42,
                start);
        canvas.saveState();
        canvas.setColorStroke(PdfStyle.INK);
        canvas.setLineWidth(1.2f);
        canvas.rectangle(codeLeft, top - 72, CODE_WIDTH, 26);
        canvas.stroke();
        canvas.setColorStroke(PdfStyle.RULE);
        canvas.setLineWidth(0.8f);
        canvas.moveTo(left, top - 80);
        canvas.lineTo(right, top - 80);
        canvas.stroke();
        canvas.restoreState();

        // Above the footer: where the results will be, so a resident can follow up (issue 17)
        if (!content.resultsAddress().isBlank()) {
            text(canvas, labels.label("results.link", PdfText.leftToRight(content.resultsAddress())), PdfFonts.REGULAR, 9, PdfStyle.MUTED,
                    rightToLeft() ? right : left, 38, start);
        }

        // Footer: page n of m at the start (one text, written when m is known), the questionnaire at the end
        PdfTemplate pageNumber = canvas.createTemplate(PAGE_NUMBER_WIDTH, 16);
        pageNumbers.add(pageNumber);
        canvas.addTemplate(pageNumber, rightToLeft() ? right - PAGE_NUMBER_WIDTH : left, 22);
        text(canvas, "Platskompassen · " + content.questionnaire().id() + " · " + content.language().code(),
                PdfFonts.REGULAR, 9, PdfStyle.MUTED, rightToLeft() ? left : right, 26,
                rightToLeft() ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
    }

    private boolean rightToLeft() {
        return content.direction() == PdfWriter.RUN_DIRECTION_RTL;
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        for (int page = 1; page <= pageNumbers.size(); page++) {
            String text = labels.label("paper.form.page", page) + " " + pages;
            text(pageNumbers.get(page - 1), text, PdfFonts.REGULAR, 10, PdfStyle.MUTED,
                    rightToLeft() ? PAGE_NUMBER_WIDTH : 0, 4, rightToLeft() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
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
        Phrase phrase = PdfText.phrase(size * 1.2f, place, PdfStyle.font(PdfFonts.BOLD, size, PdfStyle.INK));
        phrase.add(PdfText.phrase("\n" + title, PdfStyle.font(PdfFonts.REGULAR, Math.max(7, size - 2),
                PdfStyle.MUTED)));
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(phrase, left, bottom, right, top, size * 1.2f, Element.ALIGN_LEFT);
        column.setRunDirection(content.direction());
        column.setArabicOptions(PdfText.ARABIC_OPTIONS);
        column.setUseAscender(true);
        return column;
    }

    /** One line of text from {@code x}, in the form's direction and a font per script. */
    private void text(PdfContentByte canvas, String text, BaseFont font, float size, Color color, float x, float y,
            int alignment) {
        ColumnText.showTextAligned(canvas, alignment, PdfText.phrase(text, PdfStyle.font(font, size, color)), x, y, 0,
                content.direction(), PdfText.ARABIC_OPTIONS);
    }
}
