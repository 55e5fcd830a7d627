package se.platskompassen.report;

import static se.platskompassen.base.PdfStyle.paragraph;
import static se.platskompassen.base.PdfStyle.ruledCell;
import static se.platskompassen.report.PdfBlocks.body;
import static se.platskompassen.report.PdfBlocks.header;
import static se.platskompassen.report.PdfBlocks.heading;
import static se.platskompassen.report.PdfBlocks.muted;
import static se.platskompassen.report.PdfBlocks.number;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfPTable;
import se.platskompassen.discussion.DialogueAction;
import se.platskompassen.discussion.Discussion;
import se.platskompassen.discussion.ThemeOutcome;
import se.platskompassen.questionnaire.Theme;

/**
 * What the group agreed in a dialogue: per theme the agreed score beside the median of the
 * individual answers and whether it is a priority; the group's notes; the priorities in a
 * sentence; and the actions (what, theme, who, when, done).
 */
final class DiscussionSection {

    private final Texts texts;
    private final FigureTables tables;
    private final Locale locale;

    DiscussionSection(Texts texts, FigureTables tables, Locale locale) {
        this.texts = texts;
        this.tables = tables;
        this.locale = locale;
    }

    void add(Document document, DialogueReport report) throws DocumentException {
        Discussion discussion = report.discussion();
        document.add(heading(texts.text("report.pdf.group"), 15));
        List<ThemeOutcome> touched = Arrays.stream(Theme.values()).map(discussion::outcome)
                .filter(o -> o.agreedScore() != null || o.priority() || o.notes() != null).toList();
        if (touched.isEmpty()) {
            document.add(paragraph(texts.text("report.pdf.group.none"), muted()));
        } else {
            PdfPTable table = PdfBlocks.table(locale, 40, 22, 22, 16);
            table.setHeaderRows(1);
            for (String key : List.of("report.pdf.figures.theme", "report.pdf.group.median", "report.pdf.group.agreed",
                    "report.pdf.group.priority")) {
                table.addCell(header(texts.text(key)));
            }
            for (ThemeOutcome outcome : touched) {
                Theme theme = outcome.theme();
                table.addCell(ruledCell(report.themeNames().get(theme.ordinal()), body()));
                table.addCell(number(tables.median(report.group().figures().cell(theme), report.minGroupSize()),
                        body()));
                table.addCell(number(outcome.agreedScore() == null ? "\u2013" : String.valueOf(outcome.agreedScore()),
                        PdfBlocks.bold()));
                table.addCell(ruledCell(outcome.priority() ? texts.text("report.pdf.group.yes") : "", body()));
            }
            document.add(table);
        }
        List<Theme> priorities = discussion.priorities();
        if (!priorities.isEmpty()) {
            document.add(paragraph(texts.text("report.pdf.group.priorities", priorities.stream()
                    .map(theme -> report.themeNames().get(theme.ordinal())).collect(Collectors.joining(", "))),
                    PdfBlocks.bold()));
        }
        notes(document, report, touched);
        actions(document, report);
    }

    /** The group's notes, theme by theme, across the page: they may be long. */
    private void notes(Document document, DialogueReport report, List<ThemeOutcome> touched)
            throws DocumentException {
        List<ThemeOutcome> noted = touched.stream().filter(outcome -> outcome.notes() != null).toList();
        if (noted.isEmpty()) {
            return;
        }
        document.add(heading(texts.text("report.pdf.group.notes"), 13));
        for (ThemeOutcome outcome : noted) {
            document.add(paragraph(report.themeNames().get(outcome.theme().ordinal()), PdfBlocks.bold()));
            document.add(paragraph(PdfBlocks.shorten(String.valueOf(outcome.notes()), ThemeOutcome.MAX_NOTES), body()));
        }
    }

    private void actions(Document document, DialogueReport report) throws DocumentException {
        document.add(heading(texts.text("report.pdf.actions"), 13));
        List<DialogueAction> actions = report.discussion().actions();
        if (actions.isEmpty()) {
            document.add(paragraph(texts.text("report.pdf.actions.none"), muted()));
            return;
        }
        PdfPTable table = PdfBlocks.table(locale, 34, 19, 18, 19, 10);
        table.setHeaderRows(1);
        for (String key : List.of("report.pdf.actions.what", "report.pdf.figures.theme", "report.pdf.actions.who",
                "report.pdf.actions.due", "report.pdf.actions.done")) {
            table.addCell(header(texts.text(key)));
        }
        for (DialogueAction action : actions) {
            table.addCell(ruledCell(PdfBlocks.shorten(action.what(), 600), body()));
            table.addCell(ruledCell(action.theme() == null ? texts.text("report.pdf.actions.wholePlace")
                    : report.themeNames().get(action.theme().ordinal()), body()));
            table.addCell(ruledCell(action.who() == null ? "" : PdfBlocks.shorten(action.who(), 300), body()));
            table.addCell(ruledCell(action.due() == null ? "" : ReportPdf.date(action.due(), locale), body()));
            table.addCell(ruledCell(action.done() ? texts.text("report.pdf.group.yes") : "", body()));
        }
        document.add(table);
    }
}
