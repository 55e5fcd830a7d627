package se.platskompassen.report;

import static se.platskompassen.base.PdfStyle.ruledCell;
import static se.platskompassen.report.PdfBlocks.body;
import static se.platskompassen.report.PdfBlocks.header;
import static se.platskompassen.report.PdfBlocks.muted;
import static se.platskompassen.report.PdfBlocks.number;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import se.platskompassen.analysis.Hidden;
import se.platskompassen.analysis.ProtectedFigures;
import se.platskompassen.analysis.ProtectedThemeFigures;
import se.platskompassen.figures.Figures;
import se.platskompassen.figures.ThemeFigures;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;

/**
 * The table of figures per theme: n, median, the middle half (lower to upper quartile) and the
 * share of each score in whole per cent, from figures after the small-group rule. A hidden theme says why in place
 * of its figures, in the same words as the analysis pages, and has no number in its row.
 */
final class FigureTables {

    private final Texts texts;
    private final Locale locale;

    FigureTables(Texts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /**
     * @param agreed the scores a group agreed on, as an extra column when there are any
     */
    PdfPTable figures(ProtectedFigures figures, List<String> themeNames, int minimum, Map<Theme, Integer> agreed) {
        Scale scale = figures.scale();
        int steps = scale.steps();
        boolean withAgreed = !agreed.isEmpty();
        int fixed = withAgreed ? 5 : 4;
        float[] widths = new float[fixed + steps];
        widths[0] = withAgreed ? 25 : 28;
        widths[1] = 6;
        widths[2] = 10;
        widths[3] = 12;
        if (withAgreed) {
            widths[4] = 11;
        }
        float share = (withAgreed ? 36f : 44f) / steps;
        for (int i = 0; i < steps; i++) {
            widths[fixed + i] = share;
        }
        PdfPTable table = PdfBlocks.table(locale, widths);
        table.setHeaderRows(2);
        for (String title : withAgreed
                ? List.of("report.pdf.figures.theme", "report.pdf.figures.n", "report.pdf.figures.median",
                        "report.pdf.figures.middle", "report.pdf.figures.agreed")
                : List.of("report.pdf.figures.theme", "report.pdf.figures.n", "report.pdf.figures.median",
                        "report.pdf.figures.middle")) {
            PdfPCell cell = header(texts.text(title));
            cell.setRowspan(2);
            table.addCell(cell);
        }
        PdfPCell shares = header(texts.text("report.pdf.figures.shares"));
        shares.setColspan(steps);
        shares.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.addCell(shares);
        for (int score = scale.min(); score <= scale.max(); score++) {
            PdfPCell step = header(String.valueOf(score));
            step.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(step);
        }
        for (Theme theme : Theme.values()) {
            row(table, figures.cell(theme), themeNames.get(theme.ordinal()), minimum, steps, withAgreed
                    ? agreed.get(theme) : null, withAgreed);
        }
        return table;
    }

    private void row(PdfPTable table, ProtectedThemeFigures cell, String themeName, int minimum, int steps,
            @Nullable Integer agreed, boolean withAgreed) {
        table.addCell(ruledCell(themeName, body()));
        int rest = steps + (withAgreed ? 4 : 3);
        Hidden hidden = cell.hidden();
        if (hidden != null) {
            table.addCell(spanning(hidden(hidden, minimum), rest));
            return;
        }
        ThemeFigures figures = cell.figures();
        table.addCell(number(String.valueOf(figures.answered()), body()));
        if (!figures.hasScores()) {
            table.addCell(spanning(texts.text("report.pdf.figures.noAnswers"), rest - 1));
            return;
        }
        table.addCell(number(Figures.format(figures.median(), locale), PdfBlocks.bold()));
        table.addCell(number(Figures.format(figures.lowerQuartile(), locale) + "\u2013"
                + Figures.format(figures.upperQuartile(), locale), body()));
        if (withAgreed) {
            table.addCell(number(agreed == null ? "\u2013" : String.valueOf(agreed), body()));
        }
        for (double value : figures.shares()) {
            table.addCell(number(String.valueOf(Math.round(value * 100)), body()));
        }
    }

    private PdfPCell spanning(String text, int columns) {
        PdfPCell cell = ruledCell(text, muted());
        cell.setColspan(columns);
        return cell;
    }

    /** Why a figure is hidden, in the analysis pages' words: "färre än 5 svar". */
    String hidden(Hidden why, int minimum) {
        return texts.text("analysis.hidden." + why.name(), minimum);
    }

    /** The number of respondents, or why it is hidden. */
    String respondents(ProtectedFigures figures, int minimum) {
        OptionalLong count = figures.respondents();
        Hidden why = figures.respondentsHidden();
        return count.isPresent() || why == null ? String.valueOf(count.orElse(0)) : hidden(why, minimum);
    }

    /** A theme's median for the discussion table, or why it is hidden. */
    String median(ProtectedThemeFigures cell, int minimum) {
        Hidden why = cell.hidden();
        return why != null ? hidden(why, minimum) : Figures.format(cell.median(), locale);
    }
}
