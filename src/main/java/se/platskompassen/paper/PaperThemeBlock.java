package se.platskompassen.paper;

import static se.platskompassen.paper.PaperLayout.BODY;
import static se.platskompassen.paper.PaperLayout.BOX;
import static se.platskompassen.paper.PaperLayout.WIDTH;
import static se.platskompassen.paper.PaperLayout.body;
import static se.platskompassen.paper.PaperLayout.codeChunk;
import static se.platskompassen.paper.PaperLayout.fixed;
import static se.platskompassen.paper.PaperLayout.nested;

import java.util.Arrays;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import se.platskompassen.base.PdfFonts;
import se.platskompassen.base.PdfStyle;
import se.platskompassen.paper.PaperDrawings.Box;
import se.platskompassen.paper.PaperDrawings.Face;
import se.platskompassen.paper.PaperDrawings.Lines;
import se.platskompassen.questionnaire.ClimateModule;
import se.platskompassen.questionnaire.QuestionnaireTexts;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.ThemeText;

/**
 * One theme of the paper form, kept on one page: its name and question, the prompts, a box for
 * every step of the scale (the child version with three drawn faces), the box to skip, and two
 * lined areas for the comments.
 */
final class PaperThemeBlock {

    private final PaperFormContent content;
    private final QuestionnaireTexts texts;
    private final boolean child;
    private final PaperLayout.Labels labels;
    private final int direction;

    PaperThemeBlock(PaperFormContent content, QuestionnaireTexts texts, boolean child, PaperLayout.Labels labels) {
        this.content = content;
        this.texts = texts;
        this.child = child;
        this.labels = labels;
        this.direction = content.direction();
    }

    PdfPTable of(Theme theme) {
        ThemeText text = content.questionnaire().text(theme, content.language());
        PdfPTable block = PaperLayout.table(1, direction);
        block.setSpacingBefore(14);
        block.setKeepTogether(true);

        PdfPCell name = PdfStyle.plainCell(PaperLayout.phrase(15 * 1.25f, theme.number() + ". " + text.name(),
                PdfStyle.font(PdfFonts.BOLD, 15, PdfStyle.HEADING)));
        name.setBorder(Rectangle.TOP);
        name.setBorderColor(PdfStyle.RULE);
        name.setBorderWidth(0.8f);
        name.setPaddingTop(8);
        name.setPaddingBottom(6);
        block.addCell(name);

        PdfPCell question = PdfStyle.plainCell(PaperLayout.phrase(BODY * 1.25f, text.question(),
                PdfStyle.font(PdfFonts.BOLD, BODY + 0.5f, PdfStyle.INK)));
        question.setPaddingBottom(5);
        block.addCell(question);
        if (!text.prompts().isEmpty()) {
            Phrase prompts = PaperLayout.phrase(BODY * 1.25f, labels.label("paper.form.prompts") + " "
                    + String.join(" · ", text.prompts()), muted());
            PdfPCell cell = PdfStyle.plainCell(prompts);
            cell.setPaddingBottom(6);
            block.addCell(cell);
        }
        block.addCell(nested(child ? faces() : numbers()));
        if (content.climate() != null) {
            climate(block, content.climate(), theme);
        }
        block.addCell(nested(comments()));
        return block;
    }

    /**
     * The Climate Lens' optional question under the theme's own score (decision 0038): the module's
     * name, its intro (which says the question is optional), the question, its prompts, and a second
     * row of the same boxes. On paper the words stand for the child version's pictures.
     */
    private void climate(PdfPTable block, ClimateModule module, Theme theme) {
        ThemeText text = module.text(theme, content.language());
        PdfPCell heading = PdfStyle.plainCell(PaperLayout.phrase(BODY * 1.25f, module.texts(content.language()).name(),
                PdfStyle.font(PdfFonts.BOLD, BODY, PdfStyle.HEADING)));
        // A thin rule sets the optional question apart from the theme's own
        heading.setBorder(Rectangle.TOP);
        heading.setBorderColor(PdfStyle.RULE);
        heading.setBorderWidth(0.5f);
        heading.setPaddingTop(8);
        heading.setPaddingBottom(5);
        block.addCell(heading);
        PdfPCell intro = PdfStyle.plainCell(PaperLayout.phrase(BODY * 1.25f,
                module.texts(content.language()).intro(), muted()));
        intro.setPaddingBottom(4);
        block.addCell(intro);
        PdfPCell question = PdfStyle.plainCell(PaperLayout.phrase(BODY * 1.25f, text.question(),
                PdfStyle.font(PdfFonts.BOLD, BODY, PdfStyle.INK)));
        question.setPaddingBottom(4);
        block.addCell(question);
        if (!text.prompts().isEmpty()) {
            PdfPCell prompts = PdfStyle.plainCell(PaperLayout.phrase(BODY * 1.25f,
                    labels.label("paper.form.prompts") + " " + String.join(" · ", text.prompts()), muted()));
            prompts.setPaddingBottom(4);
            block.addCell(prompts);
        }
        block.addCell(nested(child ? faces() : numbers()));
    }

    private static Font muted() {
        return PdfStyle.font(PdfFonts.REGULAR, BODY, PdfStyle.MUTED);
    }

    /**
     * A column of {@code step} points per step of the scale, a narrow gap, and the rest for the
     * skip box, in reading order: right to left, the scale starts on the right.
     */
    private PdfPTable scaleColumns(int steps, float step) {
        float[] widths = new float[steps + 2];
        Arrays.fill(widths, 0, steps, step);
        widths[steps] = 14;
        widths[steps + 1] = WIDTH - steps * step - 14;
        return fixed(widths, direction);
    }

    /** The 1–7 scale: a box over each number, the words at both ends, and the box to skip. */
    private PdfPTable numbers() {
        Scale scale = content.questionnaire().scale();
        int steps = scale.steps();
        float step = 44;
        PdfPTable table = scaleColumns(steps, step);
        for (int score = scale.min(); score <= scale.max(); score++) {
            PdfPCell cell = PdfStyle.plainCell(new Phrase(String.valueOf(score),
                    PdfStyle.font(PdfFonts.BOLD, 13, PdfStyle.INK)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setPaddingTop(BOX + 7);
            cell.setPaddingBottom(4);
            cell.setCellEvent(new Box(Box.Place.TOP_CENTER));
            table.addCell(cell);
        }
        table.addCell(PdfStyle.plainCell(new Phrase("")));
        table.addCell(skip(0));

        // The words at both ends, under the first and the last boxes, each across half of the scale,
        // with an arrow pointing outwards: to the left and right, or to the right and left
        boolean rightToLeft = direction == PdfWriter.RUN_DIRECTION_RTL;
        String towardsStart = rightToLeft ? "\u2192" : "\u2190";
        String towardsEnd = rightToLeft ? "\u2190" : "\u2192";
        PdfPTable ends = fixed(new float[] {steps * step / 2, steps * step / 2}, direction);
        ends.addCell(PdfStyle.plainCell(PaperLayout.phrase(BODY * 1.2f, towardsStart + "\u00a0" + texts.scaleLow(),
                muted())));
        PdfPCell high = PdfStyle.plainCell(PaperLayout.phrase(BODY * 1.2f, texts.scaleHigh() + "\u00a0" + towardsEnd,
                muted()));
        high.setHorizontalAlignment(Element.ALIGN_RIGHT);
        ends.addCell(high);
        PdfPCell endsCell = nested(ends);
        endsCell.setColspan(steps);
        table.addCell(endsCell);
        PdfPCell rest = PdfStyle.plainCell(new Phrase(""));
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
            Phrase phrase = PaperLayout.phrase(BODY * 1.2f, word, PdfStyle.font(PdfFonts.BOLD, BODY + 1, PdfStyle.INK));
            phrase.add(codeChunk(String.valueOf(score)));
            PdfPCell cell = PdfStyle.plainCell(phrase);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setPaddingTop(Face.SIZE + 8 + BOX + 6);
            cell.setCellEvent(new Face(Face.Mood.of(index, steps)));
            table.addCell(cell);
        }
        table.addCell(PdfStyle.plainCell(new Phrase("")));
        table.addCell(skip(Face.SIZE + 8));
        return table;
    }

    /** The box for "don't know / prefer not to say", level with the scale's boxes {@code below} the top. */
    private PdfPCell skip(float below) {
        Phrase phrase = PaperLayout.phrase(BODY * 1.2f,
                labels.label(child ? "paper.form.skip.child" : "paper.form.skip"), body());
        phrase.add(codeChunk(PaperCodes.SKIP));
        PdfPCell cell = PdfStyle.plainCell(phrase);
        PaperLayout.padStart(cell, BOX + 8, direction);
        cell.setPaddingTop(below + 1);
        cell.setCellEvent(new Box(Box.Place.TOP_START, below));
        return cell;
    }

    /** Two lined areas side by side: what works well, and what could be better. */
    private PdfPTable comments() {
        PdfPTable table = fixed(new float[] {WIDTH / 2 - 6, 12, WIDTH / 2 - 6}, direction);
        table.addCell(lined(labels.label(child ? "paper.form.comment.good.child" : "paper.form.comment.good")));
        table.addCell(PdfStyle.plainCell(new Phrase("")));
        table.addCell(lined(labels.label(child ? "paper.form.comment.better.child" : "paper.form.comment.better")));
        return table;
    }

    private PdfPCell lined(String label) {
        PdfPCell cell = PdfStyle.plainCell(PaperLayout.phrase(BODY * 1.2f, label, body()));
        cell.setPaddingTop(8);
        cell.setPaddingBottom(Lines.COUNT * Lines.SPACING + 2);
        cell.setCellEvent(new Lines());
        return cell;
    }
}
