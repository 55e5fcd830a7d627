package se.platskompassen.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import se.platskompassen.comments.CommentRef;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.results.PublishedComment;
import se.platskompassen.results.ResultsService;

/**
 * Staff choose the few comments the results page shows. Only the theme, the kind and the text are
 * listed (never when or by whom), in theme order, so nothing groups one person's comments.
 */
class CommentChoiceDialog extends Dialog {

    final Grid<PublishedComment> grid = new Grid<>();

    CommentChoiceDialog(Dialogue dialogue, ResultsService results, Function<Theme, String> themeName,
            IntConsumer saved) {
        setHeaderTitle(getTranslation("results.staff.comments.title"));
        setWidth("min(60rem, 95vw)");
        addClassName("results-comment-choice");
        List<PublishedComment> candidates = results.candidates(dialogue);
        Set<CommentRef> chosen = results.chosen(dialogue).stream().map(PublishedComment::ref)
                .collect(Collectors.toSet());
        add(new Paragraph(getTranslation(candidates.isEmpty() ? "results.staff.comments.none"
                : "results.staff.comments.help")));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(comment -> themeName.apply(comment.theme()))
                .setHeader(getTranslation("results.staff.comments.theme")).setAutoWidth(true);
        grid.addColumn(comment -> getTranslation("results.comment." + comment.kind().name()))
                .setHeader(getTranslation("results.staff.comments.kind")).setAutoWidth(true);
        grid.addColumn(PublishedComment::text).setHeader(getTranslation("results.staff.comments.text"))
                .setFlexGrow(1);
        grid.setItems(candidates);
        grid.setAriaLabel(getTranslation("results.staff.comments.title"));
        candidates.stream().filter(comment -> chosen.contains(comment.ref())).forEach(grid::select);
        add(grid);
        Button save = new Button(getTranslation("common.save"), click -> {
            Set<CommentRef> refs = new HashSet<>();
            grid.getSelectedItems().forEach(comment -> refs.add(comment.ref()));
            int taken = results.chooseComments(dialogue, refs);
            close();
            saved.accept(taken);
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }
}
