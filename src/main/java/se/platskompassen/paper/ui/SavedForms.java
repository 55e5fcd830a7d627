package se.platskompassen.paper.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The forms saved in this visit to the page, newest first, for the typist to check against the pile. */
final class SavedForms extends Div {

    private final List<SavedForm> saved = new ArrayList<>();
    private final Grid<SavedForm> grid = new Grid<>();
    private final Paragraph count = new Paragraph();

    /** @param climateLens whether the scores column also lists the Climate Lens' scores */
    SavedForms(boolean climateLens) {
        grid.addClassName("paper-saved");
        grid.addColumn(SavedForm::number).setHeader(getTranslation("paper.saved.number")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SavedForm::scores).setHeader(getTranslation(climateLens ? "paper.saved.scores.climate" : "paper.saved.scores")).setFlexGrow(1);
        grid.addColumn(SavedForm::background).setHeader(getTranslation("paper.saved.background"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SavedForm::comments).setHeader(getTranslation("paper.saved.comments")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(form -> form.time().format(DateTimeFormatter.ofPattern("HH:mm:ss")))
                .setHeader(getTranslation("paper.saved.time")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("paper.saved.title"));
        add(count, grid);
        refresh();
    }

    /** Lists a saved form once, however often its row was saved. */
    void list(SavedForm form) {
        if (saved.stream().noneMatch(listed -> listed.id().equals(form.id()))) {
            saved.addFirst(form);
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(saved);
        grid.setVisible(!saved.isEmpty());
        count.setText(saved.isEmpty() ? getTranslation("paper.saved.none")
                : getTranslation("paper.saved.count", saved.size()));
    }
}
