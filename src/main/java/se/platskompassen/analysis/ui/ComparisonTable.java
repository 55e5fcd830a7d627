package se.platskompassen.analysis.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import se.platskompassen.analysis.Comparison;
import se.platskompassen.analysis.ProtectedThemeFigures;
import se.platskompassen.analysis.SeriesFigures;
import se.platskompassen.figures.Figures;
import se.platskompassen.figures.ThemeFigures;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;

/**
 * The compared series side by side: per theme the median, the middle half (quartiles) and how
 * many answered, or why a figure is hidden; a dialogue's agreed score beside its median. With
 * different scales the figures are positions 0–100 on each series' own scale.
 */
class ComparisonTable extends Composite<Div> {

    final NativeTable table = new NativeTable();

    ComparisonTable() {
        table.addClassName("comparison-table");
        getContent().addClassName("comparison-table-wrap");
        getContent().add(table);
    }

    void show(Comparison comparison, List<String> labels, List<String> themeNames, Locale locale) {
        table.getHead().removeAllRows();
        table.getBody().removeAllRows();
        table.setCaptionText(getTranslation(comparison.normalised() ? "analysis.compare.table.normalised"
                : "analysis.compare.table"));
        NativeTableRow header = table.getHead().addRow();
        header.addHeaderCell().setText(getTranslation("analysis.compare.theme"));
        for (int i = 0; i < labels.size(); i++) {
            NativeTableHeaderCell cell = header.addHeaderCell();
            cell.getElement().setAttribute("scope", "col");
            SeriesFigures series = comparison.series().get(i);
            cell.add(new Span(labels.get(i)), small(getTranslation("analysis.compare.respondents",
                    FigureCells.respondents(this, series.figures(), comparison.minGroupSize()))));
        }
        for (Theme theme : Theme.values()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.getElement().setAttribute("scope", "row");
            name.setText(themeNames.get(theme.ordinal()));
            for (SeriesFigures series : comparison.series()) {
                row.add(cell(series, theme, comparison, locale));
            }
        }
    }

    private NativeTableCell cell(SeriesFigures series, Theme theme, Comparison comparison, Locale locale) {
        ProtectedThemeFigures cell = series.figures().cell(theme);
        NativeTableCell td = new NativeTableCell();
        td.addClassNames("comparison-cell", FigureCells.heat(cell));
        if (cell.isHidden() || !cell.hasMedian()) {
            td.add(new Span(cell.isHidden() ? FigureCells.median(this, cell, comparison.minGroupSize())
                    : getTranslation("analysis.compare.noAnswers")));
        } else {
            ThemeFigures figures = cell.figures();
            Scale scale = series.figures().scale();
            Span median = new Span(comparison.normalised() ? position(figures.median(), scale)
                    : Figures.format(figures.median(), locale));
            median.addClassName("comparison-median");
            String band = comparison.normalised()
                    ? getTranslation("analysis.compare.detailNormalised", Figures.format(figures.median(), locale),
                            scale.min(), scale.max(), position(figures.lowerQuartile(), scale),
                            position(figures.upperQuartile(), scale), figures.answered())
                    : getTranslation("analysis.compare.detail", Figures.format(figures.lowerQuartile(), locale),
                            Figures.format(figures.upperQuartile(), locale), figures.answered());
            td.add(median, small(band));
        }
        Integer agreed = series.agreed().get(theme);
        if (agreed != null) {
            Span agreedText = small(getTranslation("analysis.compare.agreed", agreed));
            agreedText.addClassName("comparison-agreed");
            td.add(agreedText);
        }
        return td;
    }

    private static String position(Double value, Scale scale) {
        return value == null ? "–" : String.valueOf(Math.round(scale.normalise(value) * 100));
    }

    private static Span small(String text) {
        Span span = new Span(text);
        span.addClassName("comparison-detail");
        return span;
    }
}
