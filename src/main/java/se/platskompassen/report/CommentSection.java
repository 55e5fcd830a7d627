package se.platskompassen.report;

import static se.platskompassen.base.PdfStyle.font;
import static se.platskompassen.base.PdfStyle.paragraph;
import static se.platskompassen.report.PdfBlocks.body;
import static se.platskompassen.report.PdfBlocks.heading;
import static se.platskompassen.report.PdfBlocks.muted;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.ListItem;
import org.openpdf.text.Paragraph;
import se.platskompassen.base.PdfFonts;
import se.platskompassen.base.PdfStyle;

/**
 * A selection of what residents wrote, theme by theme: up to a few comments of each kind (what
 * works well, what could be better), how many there are in all, and in one line the themes
 * nobody commented on. Comment texts are printed as typed, made safe and shortened when long.
 */
final class CommentSection {

    private final Texts texts;

    CommentSection(Texts texts) {
        this.texts = texts;
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
        org.openpdf.text.List list = new org.openpdf.text.List(false, 12);
        list.setListSymbol(new Chunk("\u2013", body()));
        for (String comment : comments) {
            ListItem item = new ListItem(PdfBlocks.BODY * 1.35f, texts.text("report.pdf.comments.quote",
                    PdfBlocks.shorten(comment, PdfBlocks.MAX_COMMENT)), body());
            item.setSpacingAfter(3);
            list.add(item);
        }
        document.add(list);
    }
}
