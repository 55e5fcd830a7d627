package se.platskompassen.comments.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import se.platskompassen.comments.CommentService;
import se.platskompassen.comments.CommentTag;
import se.platskompassen.comments.TagNameException;

/** Gives a tag a new name; the comments keep the tag. */
class RenameTagDialog extends Dialog {

    final TextField name = new TextField();
    final Button save = new Button();

    RenameTagDialog(CommentService comments, CommentTag tag, Consumer<String> onRenamed) {
        addClassName("comment-tag-rename");
        setHeaderTitle(getTranslation("comments.tags.rename.title"));
        name.setLabel(getTranslation("comments.tags.rename.name"));
        name.setValue(tag.name());
        name.setMaxLength(TagNameException.maxLength());
        name.setWidthFull();
        add(name);
        save.setText(getTranslation("comments.tags.rename.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> {
            try {
                CommentTag renamed = comments.renameTag(tag.id(), name.getValue());
                close();
                onRenamed.accept(getTranslation("comments.tags.renamed", renamed.name()));
            } catch (TagNameException e) {
                name.setErrorMessage(TagsPanel.message(this, e));
                name.setInvalid(true);
            }
        });
        name.addKeyPressListener(Key.ENTER, press -> save.click());
        Button cancel = new Button(getTranslation("comments.tags.rename.cancel"), click -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                name.focus();
            }
        });
    }
}
