package se.platskompassen.place.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import se.platskompassen.analysis.Change;
import se.platskompassen.analysis.PlaceHistory;
import se.platskompassen.analysis.ProtectedThemeFigures;
import se.platskompassen.analysis.Series;
import se.platskompassen.analysis.ui.AnalysisLinks;
import se.platskompassen.analysis.ui.FigureCells;
import se.platskompassen.dialogue.ui.DialogueLinks;
import se.platskompassen.questionnaire.Theme;

/**
 * A place over time: its dialogues side by side with each theme's median (oldest first), and per
 * version the change of every theme since the previous dialogue, with the answers on both sides.
 * Figures of small groups are hidden, and so is a change with a hidden side.
 */
class PlaceOverTime extends Div {

    PlaceOverTime(PlaceHistory history, List<String> themeNames) {
        addClassName("place-over-time");
        add(new H2(getTranslation("analysis.place.title")));
        if (history.dialogues().isEmpty()) {
            add(new Paragraph(getTranslation("analysis.place.none")));
            return;
        }
        add(dialogues(history, themeNames));
        if (history.changes().isEmpty()) {
            add(new Paragraph(getTranslation("analysis.place.noChange")));
        }
        for (PlaceHistory.VersionChange change : history.changes()) {
            add(new H3(getTranslation("analysis.place.change", getTranslation("places.version." + change.version()))),
                    new Paragraph(getTranslation("analysis.place.changeLead", change.latest().title(),
                            change.previous().title())),
                    changes(change, history.minGroupSize(), themeNames));
        }
        List<Series> latest = history.dialogues().stream().skip(Math.max(0, history.dialogues().size() - 4))
                .<Series>map(dialogue -> new Series.OfDialogue(dialogue.dialogueId())).toList();
        Anchor link = new Anchor(AnalysisLinks.compare(latest), getTranslation("analysis.place.compare"));
        link.addClassName("place-compare-link");
        add(new Paragraph(link));
    }

    private NativeTable dialogues(PlaceHistory history, List<String> themeNames) {
        NativeTable table = new NativeTable();
        table.addClassName("over-time-table");
        table.setCaptionText(getTranslation("analysis.place.tableCaption"));
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("analysis.compare.theme"));
        for (PlaceHistory.DialogueFigures dialogue : history.dialogues()) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.getElement().setAttribute("scope", "col");
            cell.add(new Anchor(DialogueLinks.dialogue(dialogue.dialogueId()), dialogue.title()),
                    detail(date.format(dialogue.started()) + " · " + getTranslation("places.version."
                            + dialogue.version())),
                    detail(getTranslation("analysis.compare.respondents",
                            FigureCells.respondents(this, dialogue.figures(), history.minGroupSize()))));
        }
        for (Theme theme : Theme.values()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.getElement().setAttribute("scope", "row");
            name.setText(themeNames.get(theme.ordinal()));
            for (PlaceHistory.DialogueFigures dialogue : history.dialogues()) {
                var cell = dialogue.figures().cell(theme);
                NativeTableCell td = new NativeTableCell(FigureCells.median(this, cell, history.minGroupSize()));
                td.addClassNames("over-time-cell", FigureCells.heat(cell));
                row.add(td);
            }
        }
        return table;
    }

    private NativeTable changes(PlaceHistory.VersionChange change, int minimum, List<String> themeNames) {
        NativeTable table = new NativeTable();
        table.addClassName("change-table");
        table.setCaptionText(getTranslation("analysis.place.changeCaption", change.previous().title(),
                change.latest().title()));
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("analysis.compare.theme", "analysis.place.before", "analysis.place.after",
                "analysis.place.changeColumn")) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.getElement().setAttribute("scope", "col");
            cell.setText(getTranslation(key));
        }
        for (Change theme : change.themes()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.getElement().setAttribute("scope", "row");
            name.setText(themeNames.get(theme.theme().ordinal()));
            row.add(side(theme.before(), minimum), side(theme.after(), minimum));
            Span arrow = new Span(FigureCells.arrow(theme.direction()));
            arrow.addClassName("change-arrow");
            arrow.getElement().setAttribute("aria-hidden", "true");
            NativeTableCell words = new NativeTableCell(arrow, new Span(FigureCells.change(this, theme, minimum)));
            words.addClassNames("change-cell", theme.direction() == null ? "change-none"
                    : "change-" + theme.direction().name().toLowerCase(Locale.ROOT));
            row.add(words);
        }
        return table;
    }

    private NativeTableCell side(ProtectedThemeFigures cell, int minimum) {
        NativeTableCell td = new NativeTableCell(new Span(FigureCells.median(this, cell, minimum)));
        if (!cell.isHidden()) {
            td.add(detail(getTranslation("analysis.place.answers", cell.answered())));
        }
        td.addClassName("change-side");
        return td;
    }

    private static Span detail(String text) {
        Span span = new Span(text);
        span.addClassName("over-time-detail");
        return span;
    }
}
