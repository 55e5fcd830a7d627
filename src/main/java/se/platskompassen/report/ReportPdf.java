package se.platskompassen.report;

import static se.platskompassen.base.PdfStyle.font;
import static se.platskompassen.base.PdfStyle.paragraph;
import static se.platskompassen.base.PdfStyle.ruledCell;
import static se.platskompassen.report.PdfBlocks.body;
import static se.platskompassen.report.PdfBlocks.bold;
import static se.platskompassen.report.PdfBlocks.heading;
import static se.platskompassen.report.PdfBlocks.muted;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import se.platskompassen.analysis.ProtectedFigures;
import se.platskompassen.base.DirectedDocument;
import se.platskompassen.base.PdfFonts;
import se.platskompassen.base.PdfStyle;
import se.platskompassen.base.PdfText;
import se.platskompassen.compass.CompassAxis;
import se.platskompassen.compass.CompassChart;
import se.platskompassen.compass.CompassSeries;
import se.platskompassen.questionnaire.Theme;

/**
 * Writes a report as an A4 PDF with OpenPDF: a title page, the compass as vector graphics, the
 * figures per theme, for a dialogue what the group agreed and a selection of comments, and at the
 * end the method and the small-group rule. Every text comes from the message bundles in the
 * report's language, or is free text made safe by {@link PdfStyle#clean}. The fonts are embedded,
 * a font per script, and right-to-left text is shaped and ordered ({@link PdfText}, decision 0031).
 */
final class ReportPdf {

    private static final Rectangle PAGE = PageSize.A4;
    private static final float SIDE = 50;
    private static final float COMPASS_WIDTH = 430;

    private final MessageSource messages;
    private final Locale locale;
    private final FigureTables tables;
    private final int direction;
    private @Nullable PdfWriter writer;

    ReportPdf(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.direction = PdfText.direction(locale);
        this.tables = new FigureTables(this::text, locale);
    }

    static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    // --- a dialogue -------------------------------------------------------------------------------

    void dialogue(DialogueReport report, OutputStream out) throws IOException {
        write(out, report.place(), text("report.pdf.kind.dialogue") + " \u2013 " + report.place(), document -> {
            ProtectedFigures figures = report.group().figures();
            titlePage(document, text("report.pdf.kind.dialogue"), report.place(), List.of(report.title()), List.of(
                    text("report.pdf.organisation", report.organisation()),
                    text("report.pdf.version", text("analysis.version." + report.version().name())),
                    text("report.pdf.opens", day(report.opens())),
                    text("report.pdf.closes", day(report.closes())),
                    text("report.pdf.created", date(report.created(), locale)),
                    text("report.pdf.respondents", tables.respondents(figures, report.minGroupSize())),
                    text("report.pdf.date", date(report.reportDate(), locale))));

            List<CompassSeries> series = new ArrayList<>();
            series.add(CompassSeries.group(PdfBlocks.legendLabel(report.group().label()), figures.figures()));
            if (!report.group().agreed().isEmpty()) {
                series.add(CompassSeries.agreed(PdfBlocks.legendLabel(text("groupCompass.agreed")),
                        report.group().agreed()));
            }
            ReportSeries climate = report.climate();
            if (climate != null) {
                series.add(CompassSeries.group(PdfBlocks.legendLabel(climate.label()), climate.figures().figures()));
            }
            compass(document, new CompassChart(CompassAxis.of(figures.scale()), report.themeNames(), series,
                    words(report.place(), report.minGroupSize())), report.minGroupSize(), "report.pdf.compass.smallGroups");

            document.add(heading(text("report.pdf.figures"), 15));
            document.add(paragraph(text("report.pdf.figures.lead"), muted()));
            document.add(tables.figures(figures, report.themeNames(), report.minGroupSize(), Map.of()));

            new DiscussionSection(this::text, tables, locale).add(document, report);
            new CommentSection(this::text, locale).add(document, report);
            method(document, report.minGroupSize(), hiddenThemes(figures));
        });
    }

    // --- a comparison -----------------------------------------------------------------------------

    void comparison(ComparisonReport report, OutputStream out) throws IOException {
        List<String> labels = report.series().stream().map(ReportSeries::label).toList();
        String names = String.join(", ", labels);
        write(out, text("report.pdf.kind.comparison"), text("report.pdf.kind.comparison") + " \u2013 " + names,
                document -> {
            List<String> facts = new ArrayList<>();
            facts.add(text("report.pdf.organisation", report.organisation()));
            facts.addAll(report.filter());
            facts.add(text("report.pdf.date", date(report.reportDate(), locale)));
            List<String> numbered = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                numbered.add((i + 1) + ". " + labels.get(i));
            }
            titlePage(document, text("report.pdf.kind.comparison"), text("report.pdf.series"), numbered, facts);

            List<CompassSeries> series = new ArrayList<>();
            for (ReportSeries one : report.series()) {
                String label = PdfBlocks.legendLabel(one.label());
                series.add(report.normalised() ? CompassSeries.groupNormalised(label, one.figures().figures())
                        : CompassSeries.group(label, one.figures().figures()));
            }
            CompassAxis axis = report.normalised() ? CompassAxis.normalised()
                    : CompassAxis.of(report.series().getFirst().figures().scale());
            compass(document, new CompassChart(axis, report.themeNames(), series, words(names, report.minGroupSize())),
                    report.minGroupSize(), "analysis.compare.smallGroups");
            if (report.normalised()) {
                document.add(paragraph(text("analysis.compare.normalisedNote"), muted()));
            }

            int hidden = 0;
            for (ReportSeries one : report.series()) {
                document.add(heading(text("report.pdf.figures.series", one.label()), 15));
                document.add(paragraph(text("report.pdf.respondents",
                        tables.respondents(one.figures(), report.minGroupSize())), body()));
                document.add(tables.figures(one.figures(), report.themeNames(), report.minGroupSize(), one.agreed()));
                hidden += hiddenThemes(one.figures());
            }
            document.add(paragraph(text("report.pdf.figures.lead"), muted()));
            method(document, report.minGroupSize(), hidden);
        });
    }

    // --- shared parts -----------------------------------------------------------------------------

    private interface Content {
        void add(Document document) throws DocumentException;
    }

    /** The document around the content, written straight to {@code out}, which is flushed and left open. */
    private void write(OutputStream out, String footerName, String title, Content content) throws IOException {
        Document document = new DirectedDocument(PAGE, SIDE, SIDE, SIDE, SIDE + 14, direction);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            this.writer = writer;
            writer.setCloseStream(false);
            writer.setPageEvent(new Footer(PdfBlocks.shorten(footerName, 70)));
            document.addTitle(PdfBlocks.shorten(title, 200));
            document.addCreator("Platskompassen");
            // The language screen readers read the text in
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
            document.open();
            content.add(document);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("The report could not be written", e);
        }
        out.flush();
    }

    private void titlePage(Document document, String kind, String name, List<String> subtitles, List<String> facts)
            throws DocumentException {
        Paragraph brand = paragraph("Platskompassen", font(PdfFonts.BOLD, 12, PdfStyle.MUTED));
        brand.setSpacingBefore(60);
        document.add(brand);
        document.add(paragraph(kind, font(PdfFonts.REGULAR, 16, PdfStyle.HEADING)));
        Paragraph place = paragraph(PdfBlocks.shorten(name, 400), font(PdfFonts.BOLD, 28, PdfStyle.HEADING));
        place.setSpacingBefore(12);
        place.setSpacingAfter(8);
        document.add(place);
        for (String subtitle : subtitles) {
            document.add(paragraph(PdfBlocks.shorten(subtitle, 400), font(PdfFonts.REGULAR, 16, PdfStyle.INK)));
        }
        PdfPTable table = PdfBlocks.table(locale, 1);
        table.setSpacingBefore(30);
        for (String fact : facts) {
            table.addCell(ruledCell(fact, font(PdfFonts.REGULAR, 12, PdfStyle.INK)));
        }
        document.add(table);
    }

    /**
     * The compass page; {@code smallGroupsKey} says which figures are not shown: a dialogue's
     * report in the residents' words, a comparison also about differences between series.
     */
    private void compass(Document document, CompassChart chart, int minimum, String smallGroupsKey)
            throws DocumentException {
        document.newPage();
        document.add(heading(text("report.pdf.compass"), 15));
        document.add(paragraph(text("report.pdf.compass.lead"), muted()));
        PdfWriter current = writer;
        if (current == null) {
            throw new IllegalStateException("Not writing");
        }
        document.add(PdfBlocks.compass(current.getDirectContent(), chart, COMPASS_WIDTH));
        document.add(paragraph(text(smallGroupsKey, minimum), muted()));
    }

    private CompassChart.Words words(String what, int minimum) {
        return new CompassChart.Words(text("report.pdf.compass.title", PdfBlocks.shorten(what, 200)),
                text("report.pdf.compass.noAnswer", minimum), text("compass.band"));
    }

    private void method(Document document, int minimum, int hiddenThemes) throws DocumentException {
        document.add(heading(text("report.pdf.method"), 15));
        document.add(paragraph(text("report.pdf.method.p1"), body()));
        document.add(paragraph(text("report.pdf.method.p2"), body()));
        document.add(heading(text("report.pdf.rule"), 13));
        document.add(paragraph(text("report.pdf.rule.text", minimum), body()));
        document.add(paragraph(hiddenThemes == 0 ? text("report.pdf.rule.noneHidden")
                : text("report.pdf.rule.hidden", hiddenThemes), body()));
    }

    private static int hiddenThemes(ProtectedFigures figures) {
        int hidden = 0;
        for (Theme theme : Theme.values()) {
            hidden += figures.isHidden(theme) ? 1 : 0;
        }
        return hidden;
    }

    private String day(@Nullable LocalDate day) {
        return day == null ? text("report.pdf.notSet") : date(day, locale);
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The place (or "comparison") and the page number at the foot of every page but the first. */
    private final class Footer extends PdfPageEventHelper {

        private final String name;

        Footer(String name) {
            this.name = name;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page == 1) {
                return;
            }
            var canvas = writer.getDirectContent();
            var font = font(PdfFonts.REGULAR, 8.5f, PdfStyle.MUTED);
            String number = text("report.pdf.page", page);
            float room = PAGE.getWidth() - 2 * SIDE - font.getBaseFont().getWidthPoint(number, 8.5f) - 24;
            // Right to left, the name is on the right and the number on the left
            boolean rightToLeft = direction == PdfWriter.RUN_DIRECTION_RTL;
            ColumnText.showTextAligned(canvas, rightToLeft ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT,
                    PdfText.phrase(fitted("Platskompassen \u00b7 " + name, font, room), font),
                    rightToLeft ? PAGE.getWidth() - SIDE : SIDE, SIDE - 4, 0, direction, PdfText.ARABIC_OPTIONS);
            ColumnText.showTextAligned(canvas, rightToLeft ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT,
                    PdfText.phrase(number, font), rightToLeft ? SIDE : PAGE.getWidth() - SIDE, SIDE - 4, 0, direction,
                    PdfText.ARABIC_OPTIONS);
        }

        /** The text, cut short with an ellipsis where it would be wider than {@code room} points. */
        private static String fitted(String text, Font font, float room) {
            String fitted = text;
            while (fitted.length() > 1 && font.getBaseFont().getWidthPoint(fitted, font.getSize()) > room) {
                fitted = PdfBlocks.shorten(text, fitted.codePointCount(0, fitted.length()) - 1);
            }
            return fitted;
        }
    }
}
