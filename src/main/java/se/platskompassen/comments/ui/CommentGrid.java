package se.platskompassen.comments.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.platskompassen.comments.CommentFilter;
import se.platskompassen.comments.CommentRow;
import se.platskompassen.comments.CommentService;
import se.platskompassen.comments.CommentTag;
import se.platskompassen.questionnaire.Theme;

/**
 * The comments of the current filter, loaded page by page as the reader scrolls. Texts are shown
 * as the residents typed them, as text (never as HTML). Those who may tag get a tag picker on each
 * row; others see the tags' names.
 */
class CommentGrid extends Grid<CommentRow> {

    /** Says which comment a tag picker belongs to, for screen readers: at most this many characters. */
    private static final int LABEL_TEXT = 60;

    private final CommentService comments;
    private final boolean mayTag;
    private final Runnable onTagged;
    private CommentFilter filter = CommentFilter.ALL;
    private List<CommentTag> tags = List.of();

    CommentGrid(CommentService comments, Function<Theme, String> themeName, Runnable onTagged) {
        this.comments = comments;
        this.mayTag = comments.mayTag();
        this.onTagged = onTagged;
        addClassName("comment-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        setAriaLabel(getTranslation("comments.grid"));
        setEmptyStateText(getTranslation("comments.empty"));

        addColumn(row -> themeName.apply(row.theme())).setHeader(getTranslation("comments.grid.theme"))
                .setKey("theme").setWidth("8rem").setFlexGrow(1);
        addColumn(row -> getTranslation("comments.kind." + row.kind().name()))
                .setHeader(getTranslation("comments.grid.kind")).setKey("kind").setWidth("7rem").setFlexGrow(0);
        addColumn(CommentRow::text).setHeader(getTranslation("comments.grid.text")).setKey("text")
                .setWidth("14rem").setFlexGrow(4);
        addColumn(row -> getTranslation("comments.grid.where.value", row.placeName(), row.dialogueTitle()))
                .setHeader(getTranslation("comments.grid.where")).setKey("where").setWidth("9rem").setFlexGrow(2);
        if (mayTag) {
            addComponentColumn(this::tagPicker).setHeader(getTranslation("comments.grid.tags")).setKey("tags")
                    .setWidth("12rem").setFlexGrow(1);
        } else {
            addColumn(row -> row.tags().stream().map(CommentTag::name).collect(Collectors.joining(", ")))
                    .setHeader(getTranslation("comments.grid.tags")).setKey("tags").setWidth("9rem").setFlexGrow(1);
        }
        setItems(query -> comments.search(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, comments.count(filter)));
    }

    /** Shows the comments of another filter, from the top. */
    void show(CommentFilter shown) {
        this.filter = shown;
        getDataProvider().refreshAll();
    }

    /** The organisation's tags changed: the pickers offer the new ones and rows show new names. */
    void setTags(List<CommentTag> all) {
        this.tags = List.copyOf(all);
        getDataProvider().refreshAll();
    }

    private Component tagPicker(CommentRow row) {
        MultiSelectComboBox<CommentTag> picker = new MultiSelectComboBox<>();
        picker.addClassName("comment-tags");
        picker.setItems(tags);
        picker.setItemLabelGenerator(CommentTag::name);
        picker.setValue(Set.copyOf(row.tags()));
        picker.setAriaLabel(getTranslation("comments.grid.tags.for", shortened(row.text())));
        picker.setPlaceholder(getTranslation("comments.grid.tags.placeholder"));
        picker.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                comments.setTags(row.ref(), change.getValue().stream().map(CommentTag::id)
                        .collect(Collectors.toSet()));
                onTagged.run();
            } catch (RuntimeException e) {
                Notification.show(getTranslation("comments.grid.tags.failed"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
                getDataProvider().refreshAll();
            }
        });
        return picker;
    }

    private static String shortened(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= LABEL_TEXT ? line : line.substring(0, LABEL_TEXT - 1).strip() + "…";
    }
}
