package se.platskompassen.exchange;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.platskompassen.figures.GroupFigures;
import se.platskompassen.figures.ThemeFigures;
import se.platskompassen.questionnaire.Theme;

/** What goes in which column: one definition for CSV and XLSX alike (see {@link Columns}). */
final class Layouts {

    /** The steps of the longest scale: the summary has a share column for each. */
    static final int MAX_STEPS = 7;

    private Layouts() {
    }

    /** One wide row: the response, its fourteen scores (empty: skipped or not reached), its comments, its climate scores. */
    static void wide(ExportedDialogue dialogue, ExportedResponse response, RowSink row) {
        row.id(response.id().toString());
        row.number(dialogue.id());
        row.text(dialogue.title());
        row.text(dialogue.place());
        row.code(dialogue.version().id());
        row.code(response.questionnaireRevision());
        row.code(response.questionnaireHash());
        row.code(response.language());
        row.code(response.collectionMode());
        row.text(response.formNumber());
        row.time(response.startedAt());
        row.time(response.completedAt());
        row.code(response.ageBand());
        row.code(response.gender());
        row.code(response.relation());
        row.text(response.area());
        for (Theme theme : Theme.values()) {
            ExportedAnswer answer = response.answer(theme);
            row.number(answer == null ? null : answer.score());
        }
        for (Theme theme : Theme.values()) {
            ExportedAnswer answer = response.answer(theme);
            row.text(answer == null ? null : answer.worksWell());
            row.text(answer == null ? null : answer.couldBeBetter());
        }
        ClimateColumns.wide(response, row);
        row.endRow();
    }

    /** One long row per answer the response has, in theme order. */
    static void answers(ExportedDialogue dialogue, ExportedResponse response, RowSink row) {
        for (Theme theme : Theme.values()) {
            ExportedAnswer answer = response.answer(theme);
            if (answer == null) {
                continue;
            }
            row.id(response.id().toString());
            row.number(dialogue.id());
            row.code(dialogue.version().id());
            row.code(response.language());
            row.code(response.collectionMode());
            row.time(response.startedAt());
            row.time(response.completedAt());
            row.code(response.ageBand());
            row.code(response.gender());
            row.code(response.relation());
            row.code(theme.code());
            row.number(theme.number());
            row.number(answer.score());
            row.flag(answer.skipped());
            row.text(answer.worksWell());
            row.text(answer.couldBeBetter());
            ClimateColumns.answer(answer, row);
            row.endRow();
        }
    }

    /** One row per comment of the response, in theme order, "works well" before "could be better". */
    static void comments(ExportedResponse response, RowSink row) {
        for (Theme theme : Theme.values()) {
            ExportedAnswer answer = response.answer(theme);
            if (answer == null) {
                continue;
            }
            comment(response, theme, Columns.WORKS_WELL, answer.worksWell(), row);
            comment(response, theme, Columns.COULD_BE_BETTER, answer.couldBeBetter(), row);
        }
    }

    private static void comment(ExportedResponse response, Theme theme, String kind, @Nullable String text,
            RowSink row) {
        if (text == null || text.isBlank()) {
            return;
        }
        row.id(response.id().toString());
        row.number(response.dialogueId());
        row.code(theme.code());
        row.number(theme.number());
        row.code(kind);
        row.text(text);
        row.endRow();
    }

    /**
     * The summary's columns: per dialogue and theme, how many scored it, the median, quartiles and
     * shares, and whether the figures are weighted to the population (decision 0037). That column
     * comes last so that every older column keeps its place for tools that read by position.
     */
    static List<String> summaryColumns() {
        List<String> columns = new ArrayList<>(List.of(Columns.DIALOGUE_ID, Columns.DIALOGUE_TITLE,
                Columns.VERSION, Columns.THEME, Columns.THEME_NUMBER, "n", "skipped", "median", "lower_quartile",
                "upper_quartile"));
        for (int step = 1; step <= MAX_STEPS; step++) {
            columns.add("share_" + step);
        }
        columns.add(Columns.WEIGHTED);
        return List.copyOf(columns);
    }

    /**
     * Fourteen summary rows of one dialogue; shares are fractions (0.25 = 25 %), empty beyond its
     * scale. {@code weighted} says whether the figures were weighted to the population.
     */
    static void summary(ExportedDialogue dialogue, GroupFigures figures, boolean weighted, RowSink row) {
        for (Theme theme : Theme.values()) {
            ThemeFigures figure = figures.theme(theme);
            row.number(dialogue.id());
            row.text(dialogue.title());
            row.code(dialogue.version().id());
            row.code(theme.code());
            row.number(theme.number());
            row.number(figure.answered());
            row.number(figure.skipped());
            row.number(figure.median());
            row.number(figure.lowerQuartile());
            row.number(figure.upperQuartile());
            List<Double> shares = figure.shares();
            for (int step = 0; step < MAX_STEPS; step++) {
                row.number(step < shares.size() && figure.hasScores() ? shares.get(step) : null);
            }
            row.flag(weighted);
            row.endRow();
        }
    }
}
