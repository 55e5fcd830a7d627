package se.platskompassen.paper;

import static se.platskompassen.paper.PaperLayout.BODY;
import static se.platskompassen.paper.PaperLayout.BOX;
import static se.platskompassen.paper.PaperLayout.FOOTER;
import static se.platskompassen.paper.PaperLayout.HEADER;
import static se.platskompassen.paper.PaperLayout.PAGE;
import static se.platskompassen.paper.PaperLayout.SIDE;
import static se.platskompassen.paper.PaperLayout.body;
import static se.platskompassen.paper.PaperLayout.codeChunk;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import se.platskompassen.base.DirectedDocument;
import se.platskompassen.base.PdfFonts;
import se.platskompassen.base.PdfStyle;
import se.platskompassen.questionnaire.QuestionnaireTexts;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;
import se.platskompassen.response.AgeBand;

/**
 * The printable questionnaire of a dialogue: A4, large type (body 12 pt and up), a box to tick
 * for every step of the scale (the child version with three drawn faces), a box for "prefer not
 * to say", two lined areas for the comments of each theme, and the optional background
 * questions. Every page's header names the place and the dialogue, prints the join code and has
 * a box for the form number that the fast entry asks for.
 *
 * <p>Beside each box of a background question the form prints a small code (1, 2, 3 …): the
 * typist types that code ({@link PaperCodes}). A theme never breaks across pages. The fonts
 * are embedded, a font per script ({@link se.platskompassen.base.PdfText}), and a form in Arabic
 * or Persian is laid out right to left, its scale too (docs/decisions/0031); every text comes
 * from the questionnaire data and the message bundles.
 *
 * <p>This class sets the first page and the order of the parts; a theme is a
 * {@link PaperThemeBlock}, the header and footer of every page a {@link PaperPageFrame}, the
 * drawings {@link PaperDrawings}, the look the shared {@link PdfStyle}.
 */
public final class PaperFormPdf {

    private final PaperFormContent content;
    private final MessageSource messages;
    private final Locale locale;
    private final QuestionnaireTexts texts;
    private final boolean child;
    private final int direction;

    private PaperFormPdf(PaperFormContent content, MessageSource messages) {
        this.content = content;
        this.messages = messages;
        this.locale = content.language().locale();
        this.texts = content.questionnaire().texts(content.language());
        this.child = content.questionnaire().version() == Version.BARN;
        this.direction = content.direction();
    }

    /** The form as PDF bytes; labels in the content's language from {@code messages}. */
    public static byte[] pdf(PaperFormContent content, MessageSource messages) {
        return new PaperFormPdf(content, messages).write();
    }

    private byte[] write() {
        var pdf = new ByteArrayOutputStream();
        var document = new DirectedDocument(PAGE, SIDE, SIDE, HEADER, FOOTER, direction);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, pdf);
            writer.setPageEvent(new PaperPageFrame(content, this::label));
            document.addTitle(texts.title() + " – " + content.placeName());
            // The language screen readers read the form in
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
            document.open();
            introduction(document);
            background(document);
            PaperThemeBlock themes = new PaperThemeBlock(content, texts, child, this::label);
            for (Theme theme : Theme.values()) {
                document.add(themes.of(theme));
            }
            Paragraph thanks = PdfStyle.paragraph(label(child ? "paper.form.thanks.child" : "paper.form.thanks"),
                    PdfStyle.font(PdfFonts.BOLD, 13, PdfStyle.HEADING));
            thanks.setSpacingBefore(18);
            document.add(thanks);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The paper form could not be written", e);
        }
        return pdf.toByteArray();
    }

    // --- the first page ---------------------------------------------------------------------------

    private void introduction(Document document) throws DocumentException {
        Paragraph title = PdfStyle.paragraph(texts.title(), PdfStyle.font(PdfFonts.BOLD, 20, PdfStyle.HEADING));
        title.setSpacingAfter(6);
        document.add(title);
        document.add(PdfStyle.paragraph(texts.intro(), body()));
        Paragraph howTo = PdfStyle.paragraph(label(child ? "paper.form.howTo.child" : "paper.form.howTo"), body());
        howTo.setSpacingBefore(6);
        document.add(howTo);
    }

    private void background(Document document) throws DocumentException {
        Paragraph heading = PdfStyle.paragraph(label("paper.form.background"),
                PdfStyle.font(PdfFonts.BOLD, 15, PdfStyle.HEADING));
        heading.setSpacingBefore(14);
        document.add(heading);
        document.add(PdfStyle.paragraph(label("flow.background.lead"),
                PdfStyle.font(PdfFonts.REGULAR, BODY, PdfStyle.MUTED)));
        Version version = content.questionnaire().version();
        String suffix = child ? ".child" : "";
        if (!AgeBand.askedIn(version).isEmpty()) {
            document.add(question(label("flow.background.age"),
                    AgeBand.askedIn(version).stream().map(band -> label("age." + band.name())).toList(), 3));
        }
        document.add(question(label("flow.background.gender" + suffix),
                PaperCodes.genders().stream().map(g -> label("gender" + suffix + "." + g.name())).toList(), 3));
        document.add(question(label("flow.background.relation" + suffix),
                PaperCodes.relations().stream().map(r -> label("relation" + suffix + "." + r.name())).toList(), 2));
        if (!content.areaChoices().isEmpty()) {
            document.add(question(label("flow.background.area"), content.areaChoices(), 2));
        }
    }

    /** A background question: its label, then a box per choice with the choice's code, and "prefer not to say". */
    private PdfPTable question(String label, List<String> choices, int columns) {
        PdfPTable table = PaperLayout.table(columns, direction);
        table.setSpacingBefore(10);
        table.setKeepTogether(true);
        PdfPCell heading = PdfStyle.plainCell(PaperLayout.phrase(BODY * 1.25f, label,
                PdfStyle.font(PdfFonts.BOLD, BODY, PdfStyle.INK)));
        heading.setColspan(columns);
        heading.setPaddingBottom(4);
        table.addCell(heading);
        List<PdfPCell> cells = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            cells.add(option(choices.get(i), PaperCodes.code(i)));
        }
        cells.add(option(label("paper.form.noAnswer"), PaperCodes.SKIP));
        cells.forEach(table::addCell);
        table.completeRow();
        return table;
    }

    private PdfPCell option(String text, String code) {
        Phrase phrase = PaperLayout.phrase(BODY * 1.25f, text, body());
        phrase.add(codeChunk(code));
        PdfPCell cell = PdfStyle.plainCell(phrase);
        PaperLayout.padStart(cell, BOX + 8, direction);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(6);
        cell.setCellEvent(new PaperDrawings.Box(PaperDrawings.Box.Place.TOP_START));
        return cell;
    }

    private String label(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
