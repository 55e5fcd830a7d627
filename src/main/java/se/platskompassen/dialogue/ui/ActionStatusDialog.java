package se.platskompassen.dialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.discussion.ActionStatus;
import se.platskompassen.discussion.DialogueAction;
import se.platskompassen.discussion.DiscussionService;

/**
 * Says where an action stands: planned, started, done or dropped, the day, and a short note that
 * residents read on the results page. Open also after the dialogue has closed: the municipality
 * keeps the status up to date for months.
 */
class ActionStatusDialog extends Dialog {

    private final RadioButtonGroup<ActionStatus> status = new RadioButtonGroup<>();
    private final TextField note = new TextField();
    private final DatePicker day = new DatePicker();

    ActionStatusDialog(Dialogue dialogue, DialogueAction action, DiscussionService discussions, ZoneId zone,
            Runnable saved) {
        setHeaderTitle(getTranslation("discussion.action.status.title"));
        addClassName("action-status-dialog");
        status.setLabel(getTranslation("discussion.action.status"));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("discussion.action.status." + value.name()));
        status.setValue(action.status());
        note.setLabel(getTranslation("discussion.action.status.note"));
        note.setHelperText(getTranslation("discussion.action.status.note.help"));
        note.setMaxLength(DialogueAction.MAX_STATUS_NOTE);
        note.setWidthFull();
        note.setValue(action.statusNote() == null ? "" : action.statusNote());
        day.setLabel(getTranslation("discussion.action.status.date"));
        day.setLocale(getLocale());
        day.setValue(LocalDate.now(zone));
        add(new Paragraph(action.what()), status, note, day);
        Button save = new Button(getTranslation("common.save"), click -> {
            if (day.getValue() == null) {
                day.setErrorMessage(getTranslation("discussion.action.status.date.required"));
                day.setInvalid(true);
                return;
            }
            discussions.setActionStatus(dialogue, action.id(), status.getValue(), note.getValue(), day.getValue());
            close();
            saved.run();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }
}
