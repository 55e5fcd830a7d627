package se.platskompassen.report;

import static se.platskompassen.base.PdfStyle.font;
import static se.platskompassen.base.PdfStyle.paragraph;
import static se.platskompassen.report.PdfBlocks.body;
import static se.platskompassen.report.PdfBlocks.heading;
import static se.platskompassen.report.PdfBlocks.muted;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import se.platskompassen.base.PdfFonts;
import se.platskompassen.base.PdfStyle;
import se.platskompassen.base.PdfText;

/**
 * A selection of what residents wrote, theme by theme: up to a few comments of each kind (what
 * works well, what could be better), how many there are in all, and in one line the themes
 * nobody commented on. Comment texts are printed as typed, made safe and shortened when long.
 */
final class CommentSection {

    private final Texts texts;
    private final Locale locale;

    CommentSection(Texts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    void add(Document document, DialogueReport report) throws DocumentException {
        document.add(heading(texts.text("report.pdf.comments"), 15));
        if (report.commentsHidden()) {
            document.add(paragraph(texts.text("report.pdf.comments.hidden", report.minGroupSize()), body()));
            return;
        }
        document.add(paragraph(texts.text("report.pdf.comments.lead", ReportContents.COMMENTS_PER_KIND), muted()));
        List<String> without = new ArrayList<>();
        for (ThemeComments theme : report.comments()) {
            String name = report.themeNames().get(theme.theme().ordinal());
            if (theme.total() == 0) {
                without.add(name);
                continue;
            }
            Paragraph title = paragraph(name, font(PdfFonts.BOLD, 12, PdfStyle.HEADING));
            title.setSpacingBefore(8);
            title.setKeepTogether(true);
            document.add(title);
            document.add(paragraph(texts.text("report.pdf.comments.count", theme.shown(), theme.total()), muted()));
            kind(document, texts.text("report.pdf.comments.worksWell"), theme.worksWell());
            kind(document, texts.text("report.pdf.comments.couldBeBetter"), theme.couldBeBetter());
        }
        if (!without.isEmpty()) {
            Paragraph none = paragraph(texts.text("report.pdf.comments.none", String.join(", ", without)), muted());
            none.setSpacingBefore(8);
            document.add(none);
        }
    }

    private void kind(Document document, String label, List<String> comments) throws DocumentException {
        if (comments.isEmpty()) {
            return;
        }
        document.add(paragraph(label, PdfBlocks.bold()));
        // A dash and the comment, in a table: OpenPDF orders right-to-left text only in cells
        PdfPTable list = PdfBlocks.table(locale, 3, 97);
        list.setSpacingBefore(0);
        list.setSpacingAfter(4);
        for (String comment : comments) {
            String quoted = texts.text("report.pdf.comments.quote", PdfBlocks.shorten(comment, PdfBlocks.MAX_COMMENT));
            list.addCell(PdfStyle.plainCell(PdfText.phrase(PdfBlocks.BODY * 1.35f, "\u2013", body())));
            PdfPCell text = PdfStyle.plainCell(PdfText.phrase(PdfBlocks.BODY * 1.35f, quoted, body()));
            // A comment runs in its own direction (one in Arabic right to left in a Swedish report), its
            // lines still beside the dash: OpenPDF mirrors the alignment of a right-to-left cell
            int direction = PdfText.direction(quoted);
            text.setRunDirection(direction);
            if (direction != PdfText.direction(locale)) {
                text.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            text.setPaddingBottom(3);
            list.addCell(text);
        }
        document.add(list);
    }
}
