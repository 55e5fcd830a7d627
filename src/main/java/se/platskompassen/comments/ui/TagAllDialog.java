package se.platskompassen.comments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import se.platskompassen.comments.CommentFilter;
import se.platskompassen.comments.CommentService;
import se.platskompassen.comments.CommentTag;

/** Puts one tag on every comment that the filters show, e.g. every comment that mentions "buss". */
class TagAllDialog extends Dialog {

    final ComboBox<CommentTag> tag = new ComboBox<>();
    final Button apply = new Button();

    TagAllDialog(CommentService comments, CommentFilter filter, long shown, List<CommentTag> tags,
            Consumer<String> onTagged) {
        addClassName("comment-tag-all");
        setHeaderTitle(getTranslation("comments.tagAll.title"));
        tag.setLabel(getTranslation("comments.tagAll.tag"));
        tag.setItems(tags);
        tag.setItemLabelGenerator(CommentTag::name);
        tag.setWidthFull();
        add(new Paragraph(getTranslation("comments.tagAll.text", shown)), tag);
        apply.setText(getTranslation("comments.tagAll.apply"));
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.addClickListener(click -> {
            CommentTag chosen = tag.getValue();
            if (chosen == null) {
                tag.setErrorMessage(getTranslation("comments.tagAll.choose"));
                tag.setInvalid(true);
                return;
            }
            int tagged = comments.tagAll(filter, chosen.id());
            close();
            onTagged.accept(getTranslation("comments.tagAll.done", chosen.name(), tagged));
        });
        Button cancel = new Button(getTranslation("comments.tagAll.cancel"), click -> close());
        getFooter().add(cancel, apply);
    }
}
