package se.platskompassen.paper;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import se.platskompassen.base.PdfFonts;
import se.platskompassen.questionnaire.QuestionnaireTexts;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.ThemeText;
import se.platskompassen.questionnaire.Version;

/**
 * The printable questionnaire of a dialogue: A4, large type (body 12 pt and up), a box to tick
 * for every step of the scale (the child version with three drawn faces), a box for "prefer not
 * to say", two lined areas for the comments of each theme, and the optional background
 * questions. Every page's header names the place and the dialogue, prints the join code and has
 * a box for the form number that the fast entry asks for.
 *
 * <p>Beside each box of a background question the form prints a small code (1, 2, 3 …): the
 * typist types that code ({@link PaperCodes}). A theme never breaks across pages. The fonts
 * (DejaVu Sans) are embedded and cover Swedish, Sámi, Finnish, Polish and most other European
 * alphabets; every text comes from the questionnaire data and the message bundles.
 */
public final class PaperFormPdf {

    private static final Rectangle PAGE = PageSize.A4;
    private static final float SIDE = 42;
    private static final float HEADER = 120;
    private static final float FOOTER = 52;
    private static final float WIDTH = PAGE.getWidth() - 2 * SIDE;
    private static final float BODY = 12;
    private static final float BOX = 18;

    static final Color INK = new Color(0x1f, 0x2a, 0x2e);
    static final Color MUTED = new Color(0x4a, 0x5a, 0x60);
    static final Color HEADING = new Color(0x12, 0x39, 0x3d);
    static final Color RULE = new Color(0x9a, 0xa4, 0xa8);
    /** The fill of the drawn faces: the same warm yellow as the faces on screen. */
    static final Color FACE = new Color(0xf2, 0xb1, 0x34);
    static final Color FACE_LINE = new Color(0x26, 0x32, 0x38);
    static final Color CHEEK = new Color(0xec, 0x9a, 0x6e);

    private final PaperFormContent content;
    private final MessageSource messages;
    private final Locale locale;
    private final QuestionnaireTexts texts;
    private final boolean child;

    private PaperFormPdf(PaperFormContent content, MessageSource messages) {
        this.content = content;
        this.messages = messages;
        this.locale = content.language().locale();
        this.texts = content.questionnaire().texts(content.language());
        this.child = content.questionnaire().version() == Version.BARN;
    }

    /** The form as PDF bytes; labels in the content's language from {@code messages}. */
    public static byte[] pdf(PaperFormContent content, MessageSource messages) {
        return new PaperFormPdf(content, messages).write();
    }

    private byte[] write() {
        var pdf = new ByteArrayOutputStream();
        var document = new Document(PAGE, SIDE, SIDE, HEADER, FOOTER);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, pdf);
            writer.setPageEvent(new Frame());
            document.addTitle(texts.title() + " – " + content.placeName());
            document.open();
            introduction(document);
            background(document);
            for (Theme theme : Theme.values()) {
                document.add(theme(theme));
            }
            Paragraph thanks = paragraph(label(child ? "paper.form.thanks.child" : "paper.form.thanks"),
                    font(PdfFonts.BOLD, 13, HEADING));
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
        Paragraph title = paragraph(texts.title(), font(PdfFonts.BOLD, 20, HEADING));
        title.setSpacingAfter(6);
        document.add(title);
        document.add(paragraph(texts.intro(), body()));
        Paragraph howTo = paragraph(label(child ? "paper.form.howTo.child" : "paper.form.howTo"), body());
        howTo.setSpacingBefore(6);
        document.add(howTo);
    }

    private void background(Document document) throws DocumentException {
        Paragraph heading = paragraph(label("paper.form.background"), font(PdfFonts.BOLD, 15, HEADING));
        heading.setSpacingBefore(14);
        document.add(heading);
        document.add(paragraph(label("flow.background.lead"), font(PdfFonts.REGULAR, BODY, MUTED)));
        Version version = content.questionnaire().version();
        String suffix = child ? ".child" : "";
        if (!PaperCodes.ageBands(version).isEmpty()) {
            document.add(question(label("flow.background.age"),
                    PaperCodes.ageBands(version).stream().map(band -> label("age." + band.name())).toList(), 3));
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
        PdfPTable table = table(columns);
        table.setSpacingBefore(10);
        table.setKeepTogether(true);
        PdfPCell heading = cell(new Phrase(label, font(PdfFonts.BOLD, BODY, INK)));
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
        Phrase phrase = new Phrase(BODY * 1.25f, text, body());
        phrase.add(codeChunk(code));
        PdfPCell cell = cell(phrase);
        cell.setPaddingLeft(BOX + 8);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(6);
        cell.setCellEvent(new Box(Box.Place.TOP_LEFT));
        return cell;
    }

    // --- a theme ------------------------------------------------------------------------------------

    private PdfPTable theme(Theme theme) {
        ThemeText text = content.questionnaire().text(theme, content.language());
        PdfPTable block = table(1);
        block.setSpacingBefore(14);
        block.setKeepTogether(true);

        PdfPCell name = cell(new Phrase(theme.number() + ". " + text.name(), font(PdfFonts.BOLD, 15, HEADING)));
        name.setBorder(Rectangle.TOP);
        name.setBorderColor(RULE);
        name.setBorderWidth(0.8f);
        name.setPaddingTop(8);
        name.setPaddingBottom(6);
        block.addCell(name);

        PdfPCell question = cell(new Phrase(BODY * 1.25f, text.question(), font(PdfFonts.BOLD, BODY + 0.5f, INK)));
        question.setPaddingBottom(5);
        block.addCell(question);
        if (!text.prompts().isEmpty()) {
            Phrase prompts = new Phrase(BODY * 1.25f, label("paper.form.prompts") + " ", font(PdfFonts.REGULAR, BODY, MUTED));
            prompts.add(new Chunk(String.join(" · ", text.prompts()), font(PdfFonts.REGULAR, BODY, MUTED)));
            PdfPCell cell = cell(prompts);
            cell.setPaddingBottom(6);
            block.addCell(cell);
        }
        block.addCell(nested(child ? faces() : numbers()));
        block.addCell(nested(comments()));
        return block;
    }

    /** A column of {@code step} points per step of the scale, a narrow gap, and the rest for the skip box. */
    private static PdfPTable scaleColumns(int steps, float step) {
        float[] widths = new float[steps + 2];
        Arrays.fill(widths, 0, steps, step);
        widths[steps] = 14;
        widths[steps + 1] = WIDTH - steps * step - 14;
        return fixed(widths);
    }

    /** The 1–7 scale: a box over each number, the words at both ends, and the box to skip. */
    private PdfPTable numbers() {
        Scale scale = content.questionnaire().scale();
        int steps = scale.steps();
        float step = 44;
        PdfPTable table = scaleColumns(steps, step);
        for (int score = scale.min(); score <= scale.max(); score++) {
            PdfPCell cell = cell(new Phrase(String.valueOf(score), font(PdfFonts.BOLD, 13, INK)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setPaddingTop(BOX + 7);
            cell.setPaddingBottom(4);
            cell.setCellEvent(new Box(Box.Place.TOP_CENTER));
            table.addCell(cell);
        }
        table.addCell(cell(new Phrase("")));
        table.addCell(skip(0));

        // The words at both ends, under the first and the last boxes, each across half of the scale
        PdfPTable ends = fixed(new float[] {steps * step / 2, steps * step / 2});
        ends.addCell(cell(new Phrase(BODY * 1.2f, "\u2190\u00a0" + texts.scaleLow(), font(PdfFonts.REGULAR, BODY, MUTED))));
        PdfPCell high = cell(new Phrase(BODY * 1.2f, texts.scaleHigh() + "\u00a0\u2192", font(PdfFonts.REGULAR, BODY, MUTED)));
        high.setHorizontalAlignment(Element.ALIGN_RIGHT);
        ends.addCell(high);
        PdfPCell endsCell = nested(ends);
        endsCell.setColspan(steps);
        table.addCell(endsCell);
        PdfPCell rest = cell(new Phrase(""));
        rest.setColspan(2);
        table.addCell(rest);
        return table;
    }

    /** The child version's three steps: a drawn face over a box over the step's word, and the box to skip. */
    private PdfPTable faces() {
        Scale scale = content.questionnaire().scale();
        int steps = scale.steps();
        float step = 100;
        PdfPTable table = scaleColumns(steps, step);
        List<String> words = texts.steps();
        for (int score = scale.min(); score <= scale.max(); score++) {
            int index = score - scale.min();
            String word = index < words.size() ? words.get(index) : String.valueOf(score);
            Phrase phrase = new Phrase(BODY * 1.2f, word, font(PdfFonts.BOLD, BODY + 1, INK));
            phrase.add(codeChunk(String.valueOf(score)));
            PdfPCell cell = cell(phrase);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setPaddingTop(Face.SIZE + 8 + BOX + 6);
            cell.setCellEvent(new Face(Face.Mood.of(index, steps)));
            table.addCell(cell);
        }
        table.addCell(cell(new Phrase("")));
        table.addCell(skip(Face.SIZE + 8));
        return table;
    }

    /** The box for "don't know / prefer not to say", level with the scale's boxes {@code below} the top. */
    private PdfPCell skip(float below) {
        Phrase phrase = new Phrase(BODY * 1.2f, label(child ? "paper.form.skip.child" : "paper.form.skip"), body());
        phrase.add(codeChunk(PaperCodes.SKIP));
        PdfPCell cell = cell(phrase);
        cell.setPaddingLeft(BOX + 8);
        cell.setPaddingTop(below + 1);
        cell.setCellEvent(new Box(Box.Place.TOP_LEFT, below));
        return cell;
    }

    /** Two lined areas side by side: what works well, and what could be better. */
    private PdfPTable comments() {
        PdfPTable table = fixed(new float[] {WIDTH / 2 - 6, 12, WIDTH / 2 - 6});
        table.addCell(lined(label(child ? "paper.form.comment.good.child" : "paper.form.comment.good")));
        table.addCell(cell(new Phrase("")));
        table.addCell(lined(label(child ? "paper.form.comment.better.child" : "paper.form.comment.better")));
        return table;
    }

    private PdfPCell lined(String label) {
        PdfPCell cell = cell(new Phrase(BODY * 1.2f, label, body()));
        cell.setPaddingTop(8);
        cell.setPaddingBottom(Lines.COUNT * Lines.SPACING + 2);
        cell.setCellEvent(new Lines());
        return cell;
    }

    // --- building blocks ------------------------------------------------------------------------------

    private String label(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static Font body() {
        return font(PdfFonts.REGULAR, BODY, INK);
    }

    private static Font font(BaseFont base, float size, Color color) {
        return new Font(base, size, Font.NORMAL, color);
    }

    private static Paragraph paragraph(String text, Font font) {
        Paragraph paragraph = new Paragraph(font.getSize() * 1.3f, text, font);
        paragraph.setSpacingAfter(2);
        return paragraph;
    }

    /** The small grey code a typist types for this box. */
    private static Chunk codeChunk(String code) {
        return new Chunk("\u2002(" + code + ")", font(PdfFonts.REGULAR, 8, MUTED));
    }

    private static PdfPTable table(int columns) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        return table;
    }

    private static PdfPTable fixed(float[] widths) {
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

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(2);
        cell.setUseAscender(true);
        cell.setLeading(0, 1.25f);
        return cell;
    }

    private static PdfPCell nested(PdfPTable table) {
        PdfPCell cell = new PdfPCell(table);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingTop(4);
        return cell;
    }

    // --- drawings -------------------------------------------------------------------------------------

    /** A box to tick, at the top of its cell. */
    private record Box(Place place, float below) implements PdfPCellEvent {

        enum Place { TOP_LEFT, TOP_CENTER }

        Box(Place place) {
            this(place, 0);
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            float x = place == Place.TOP_LEFT ? position.getLeft()
                    : position.getLeft() + (position.getWidth() - BOX) / 2;
            float y = position.getTop() - below - BOX;
            box(canvases[PdfPTable.LINECANVAS], x, y);
        }
    }

    private static void box(PdfContentByte canvas, float x, float y) {
        canvas.saveState();
        canvas.setColorStroke(INK);
        canvas.setLineWidth(1.2f);
        canvas.rectangle(x, y, BOX, BOX);
        canvas.stroke();
        canvas.restoreState();
    }

    /** Writing lines at the bottom of a comment cell. */
    private static final class Lines implements PdfPCellEvent {

        static final int COUNT = 3;
        static final float SPACING = 22;

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
            canvas.saveState();
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.6f);
            for (int line = 0; line < COUNT; line++) {
                float y = position.getBottom() + 2 + line * SPACING;
                canvas.moveTo(position.getLeft(), y);
                canvas.lineTo(position.getRight(), y);
            }
            canvas.stroke();
            canvas.restoreState();
        }
    }

    /** A drawn face over a box: sad, in between or happy, as on the child version's screens. */
    private record Face(Mood mood) implements PdfPCellEvent {

        static final float SIZE = 44;

        enum Mood {
            SAD, IN_BETWEEN, HAPPY;

            static Mood of(int index, int steps) {
                if (index == 0) {
                    return SAD;
                }
                return index == steps - 1 ? HAPPY : IN_BETWEEN;
            }
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
            float centreX = position.getLeft() + position.getWidth() / 2;
            float top = position.getTop();
            face(canvas, centreX, top - SIZE / 2, SIZE / 2);
            box(canvas, centreX - BOX / 2, top - SIZE - 8 - BOX);
        }

        /** Drawn on a 120-unit square like the face pictures, scaled to the radius. */
        private void face(PdfContentByte canvas, float cx, float cy, float radius) {
            float unit = radius / 60;
            canvas.saveState();
            canvas.setColorFill(FACE);
            canvas.setColorStroke(FACE_LINE);
            canvas.setLineWidth(4 * unit);
            canvas.circle(cx, cy, 56 * unit);
            canvas.fillStroke();
            if (mood == Mood.HAPPY) {
                canvas.setColorFill(CHEEK);
                canvas.circle(cx - 33 * unit, cy - 6 * unit, 7 * unit);
                canvas.circle(cx + 33 * unit, cy - 6 * unit, 7 * unit);
                canvas.fill();
            }
            canvas.setColorFill(FACE_LINE);
            canvas.circle(cx - 18 * unit, cy + 6 * unit, 7 * unit);
            canvas.circle(cx + 18 * unit, cy + 6 * unit, 7 * unit);
            canvas.fill();
            canvas.setLineWidth(7 * unit);
            canvas.setLineCap(PdfContentByte.LINE_CAP_ROUND);
            switch (mood) {
                case SAD -> {
                    canvas.moveTo(cx - 22 * unit, cy - 32 * unit);
                    canvas.curveTo(cx - 10 * unit, cy - 18 * unit, cx + 10 * unit, cy - 18 * unit,
                            cx + 22 * unit, cy - 32 * unit);
                    canvas.moveTo(cx - 30 * unit, cy + 18 * unit);
                    canvas.lineTo(cx - 14 * unit, cy + 24 * unit);
                    canvas.moveTo(cx + 30 * unit, cy + 18 * unit);
                    canvas.lineTo(cx + 14 * unit, cy + 24 * unit);
                }
                case IN_BETWEEN -> {
                    canvas.moveTo(cx - 20 * unit, cy - 24 * unit);
                    canvas.lineTo(cx + 20 * unit, cy - 24 * unit);
                }
                case HAPPY -> {
                    canvas.moveTo(cx - 26 * unit, cy - 12 * unit);
                    canvas.curveTo(cx - 12 * unit, cy - 36 * unit, cx + 12 * unit, cy - 36 * unit,
                            cx + 26 * unit, cy - 12 * unit);
                }
            }
            canvas.stroke();
            canvas.restoreState();
        }
    }

    // --- every page -----------------------------------------------------------------------------------

    /**
     * The header (place, dialogue, join code, form number box) and the footer (page n of m, the
     * questionnaire revision) of every page.
     */
    private final class Frame extends PdfPageEventHelper {

        private static final float CODE_WIDTH = 156;
        private @Nullable PdfTemplate total;
        private int pages;

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
            text(canvas, label("paper.form.code"), PdfFonts.REGULAR, 9, MUTED, codeLeft, top - 8, Element.ALIGN_LEFT);
            float codeSize = Math.min(15, (CODE_WIDTH - 2) / Math.max(1, PdfFonts.MONO_BOLD.getWidthPoint(
                    content.joinCode(), 1)));
            text(canvas, content.joinCode(), PdfFonts.MONO_BOLD, codeSize, INK, codeLeft, top - 26, Element.ALIGN_LEFT);
            text(canvas, label("paper.form.number"), PdfFonts.REGULAR, 9, MUTED, codeLeft, top - 42, Element.ALIGN_LEFT);
            canvas.saveState();
            canvas.setColorStroke(INK);
            canvas.setLineWidth(1.2f);
            canvas.rectangle(codeLeft, top - 72, CODE_WIDTH, 26);
            canvas.stroke();
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.8f);
            canvas.moveTo(SIDE, top - 80);
            canvas.lineTo(right, top - 80);
            canvas.stroke();
            canvas.restoreState();

            // Footer: page n of m, and which questionnaire this is
            String page = label("paper.form.page", pages) + " ";
            text(canvas, page, PdfFonts.REGULAR, 10, MUTED, SIDE, 26, Element.ALIGN_LEFT);
            if (total != null) {
                canvas.addTemplate(total, SIDE + PdfFonts.REGULAR.getWidthPoint(page, 10), 26);
            }
            text(canvas, "Platskompassen · " + content.questionnaire().id() + " · " + content.language().code(),
                    PdfFonts.REGULAR, 9, MUTED, right, 26, Element.ALIGN_RIGHT);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            if (total != null) {
                total.beginText();
                total.setFontAndSize(PdfFonts.REGULAR, 10);
                total.setColorFill(MUTED);
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
            Phrase phrase = new Phrase(size * 1.2f, place, font(PdfFonts.BOLD, size, INK));
            phrase.add(new Chunk("\n" + title, font(PdfFonts.REGULAR, Math.max(7, size - 2), MUTED)));
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
}
