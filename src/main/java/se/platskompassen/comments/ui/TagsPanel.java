package se.platskompassen.comments.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import se.platskompassen.comments.CommentService;
import se.platskompassen.comments.CommentTag;
import se.platskompassen.comments.TagCounts;
import se.platskompassen.comments.TagNameException;

/**
 * The organisation's tags beside the comments: how many comments of the current selection carry
 * each (hidden when the selection's comments come from too few people), a way to show only those
 * comments, and for those who may tag: adding, renaming and deleting tags.
 */
class TagsPanel extends Section {

    final TextField newName = new TextField();
    final Button add = new Button();
    final UnorderedList list = new UnorderedList();
    final Paragraph hiddenNote = new Paragraph();
    private final CommentService comments;
    private final boolean mayTag;
    private final Consumer<CommentTag> onShow;
    private final Consumer<String> onChanged;

    /**
     * @param onShow    shows only the comments with a tag
     * @param onChanged the tags changed; gets a message to confirm what happened
     */
    TagsPanel(CommentService comments, Consumer<CommentTag> onShow, Consumer<String> onChanged) {
        this.comments = comments;
        this.mayTag = comments.mayTag();
        this.onShow = onShow;
        this.onChanged = onChanged;
        addClassName("comment-tags-panel");
        H2 title = new H2(getTranslation("comments.tags.title"));
        title.setId("comment-tags-title");
        getElement().setAttribute("aria-labelledby", "comment-tags-title");
        add(title, new Paragraph(getTranslation("comments.tags.lead")));
        hiddenNote.addClassName("comment-tags-hidden");
        hiddenNote.setVisible(false);
        list.addClassName("comment-tag-list");
        add(hiddenNote, list);
        if (mayTag) {
            add(newTagForm());
        } else {
            Paragraph readOnly = new Paragraph(getTranslation("comments.tags.readOnly"));
            readOnly.addClassName("comment-tags-read-only");
            add(readOnly);
        }
    }

    private Div newTagForm() {
        newName.setLabel(getTranslation("comments.tags.new"));
        newName.setHelperText(getTranslation("comments.tags.new.helper"));
        newName.setMaxLength(TagNameException.maxLength());
        newName.addKeyPressListener(Key.ENTER, press -> create());
        add.setText(getTranslation("comments.tags.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(click -> create());
        Div form = new Div(newName, add);
        form.addClassName("comment-tag-form");
        return form;
    }

    private void create() {
        try {
            CommentTag tag = comments.createTag(newName.getValue());
            newName.clear();
            newName.setInvalid(false);
            onChanged.accept(getTranslation("comments.tags.added", tag.name()));
            newName.focus();
        } catch (TagNameException e) {
            newName.setErrorMessage(message(this, e));
            newName.setInvalid(true);
        }
    }

    /** Lists the tags with their counts in the current selection. */
    void show(List<CommentTag> tags, TagCounts counts) {
        list.removeAll();
        hiddenNote.setText(getTranslation("comments.tags.hiddenNote", counts.minGroupSize()));
        hiddenNote.setVisible(counts.hidden() && !tags.isEmpty());
        if (tags.isEmpty()) {
            list.add(new ListItem(getTranslation("comments.tags.none")));
        }
        for (CommentTag tag : tags) {
            Span name = new Span(tag.name());
            name.addClassName("comment-tag-name");
            OptionalLong count = counts.of(tag.id());
            Span figure = new Span(count.isPresent() ? getTranslation("comments.tags.count", count.getAsLong())
                    : getTranslation("comments.tags.hidden"));
            figure.addClassName(count.isPresent() ? "comment-tag-count" : "comment-tag-count-hidden");
            Div actions = new Div(button("comments.tags.show", "comments.tags.showFor", tag, () -> onShow.accept(tag)));
            actions.addClassName("comment-tag-actions");
            if (mayTag) {
                actions.add(button("comments.tags.rename", "comments.tags.renameFor", tag,
                        () -> new RenameTagDialog(comments, tag, onChanged).open()));
                Button delete = button("comments.tags.delete", "comments.tags.deleteFor", tag, () -> confirmDelete(tag));
                delete.addThemeVariants(ButtonVariant.ERROR);
                actions.add(delete);
            }
            ListItem item = new ListItem(new Div(name, figure), actions);
            item.addClassName("comment-tag");
            list.add(item);
        }
    }

    private Button button(String textKey, String labelKey, CommentTag tag, Runnable action) {
        Button button = new Button(getTranslation(textKey), click -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel(getTranslation(labelKey, tag.name()));
        return button;
    }

    private void confirmDelete(CommentTag tag) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.addClassName("comment-tag-delete");
        confirm.setHeader(getTranslation("comments.tags.delete.title"));
        confirm.setText(getTranslation("comments.tags.delete.text", tag.name(), comments.uses(tag.id())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("comments.tags.delete.cancel"));
        confirm.setConfirmText(getTranslation("comments.tags.delete.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            comments.deleteTag(tag.id());
            onChanged.accept(getTranslation("comments.tags.deleted", tag.name()));
        });
        confirm.open();
    }

    /** What to tell the person about a tag name that cannot be used, in their language. */
    static String message(Component in, TagNameException e) {
        return in.getTranslation("comments.tags.error." + e.reason().name(), TagNameException.maxLength());
    }
}
