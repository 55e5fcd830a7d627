package se.platskompassen.dialogue.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.discussion.DialogueAction;
import se.platskompassen.discussion.Discussion;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.discussion.NewAction;
import se.platskompassen.questionnaire.Theme;

/**
 * The group's priorities and the actions it decided on. Facilitators record them here (and
 * priorities also in dialogue mode); everyone else reads.
 */
class ActionsPanel extends Composite<Div> {

    private final Dialogue dialogue;
    private final DiscussionService discussions;
    private final Function<Theme, String> themeName;
    private final boolean editable;
    private final ZoneId zone;
    private final Div priorities = new Div();
    private final UnorderedList actions = new UnorderedList();

    ActionsPanel(Dialogue dialogue, DiscussionService discussions, Function<Theme, String> themeName,
            boolean editable, ZoneId zone) {
        this.zone = zone;
        this.dialogue = dialogue;
        this.discussions = discussions;
        this.themeName = themeName;
        this.editable = editable;
        getContent().addClassName("actions-panel");
        actions.addClassName("action-list");
        getContent().add(new H2(getTranslation("discussion.priorities")), priorities,
                new H2(getTranslation("discussion.actions")), actions);
        if (editable) {
            getContent().add(newActionForm());
        }
        refresh();
    }

    void refresh() {
        Discussion discussion = discussions.of(dialogue);
        showPriorities(discussion);
        showActions(discussion.actions());
    }

    private void showPriorities(Discussion discussion) {
        priorities.removeAll();
        if (!editable) {
            List<Theme> chosen = discussion.priorities();
            priorities.add(chosen.isEmpty() ? new Paragraph(getTranslation("discussion.priorities.none"))
                    : new UnorderedList(chosen.stream().map(t -> new ListItem(themeName.apply(t))).toArray(ListItem[]::new)));
            return;
        }
        Paragraph help = new Paragraph(getTranslation("discussion.priorities.help"));
        help.addClassName("hint");
        Div boxes = new Div();
        boxes.addClassName("priority-boxes");
        for (Theme theme : Theme.values()) {
            Checkbox box = new Checkbox(themeName.apply(theme), discussion.outcome(theme).priority());
            box.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    discussions.setPriority(dialogue, theme, change.getValue());
                }
            });
            boxes.add(box);
        }
        priorities.add(help, boxes);
    }

    private void showActions(List<DialogueAction> list) {
        actions.removeAll();
        if (list.isEmpty()) {
            actions.add(new ListItem(getTranslation("discussion.actions.none")));
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (DialogueAction action : list) {
            Span what = new Span(action.what());
            what.addClassName("action-what");
            Div details = new Div();
            details.addClassName("action-details");
            if (action.theme() != null) {
                details.add(new Span(themeName.apply(action.theme())));
            }
            if (action.who() != null) {
                details.add(new Span(getTranslation("discussion.action.whoIs", action.who())));
            }
            if (action.due() != null) {
                details.add(new Span(getTranslation("discussion.action.dueIs", dates.format(action.due()))));
            }
            ListItem item = new ListItem(what, details, status(action, dates));
            item.addClassName("action-item");
            if (action.done()) {
                item.addClassName("done");
            }
            if (editable) {
                Button status = new Button(getTranslation("discussion.action.status.change"),
                        click -> new ActionStatusDialog(dialogue, action, discussions, zone, this::refresh).open());
                status.addThemeVariants(ButtonVariant.TERTIARY);
                status.setAriaLabel(getTranslation("discussion.action.status.changeFor", action.what()));
                Button delete = new Button(getTranslation("discussion.action.delete"), click -> {
                    discussions.deleteAction(dialogue, action.id());
                    refresh();
                });
                delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                delete.setAriaLabel(getTranslation("discussion.action.deleteFor", action.what()));
                item.add(new Div(status, delete));
            }
            actions.add(item);
        }
    }

    /** Where the action stands: the status, its day and the public note. */
    private Div status(DialogueAction action, DateTimeFormatter dates) {
        Span badge = new Span(getTranslation("discussion.action.status." + action.status().name()));
        badge.addClassNames("badge", "action-status", "action-status-" + action.status().name().toLowerCase());
        Div status = new Div(badge);
        status.addClassName("action-status-line");
        if (action.statusDate() != null) {
            status.add(new Span(getTranslation("discussion.action.status.since", dates.format(action.statusDate()))));
        }
        if (action.statusNote() != null) {
            Span note = new Span(action.statusNote());
            note.addClassName("action-status-note");
            status.add(note);
        }
        return status;
    }

    private Div newActionForm() {
        TextField what = new TextField(getTranslation("discussion.action.what"));
        what.setMaxLength(NewAction.MAX_WHAT);
        what.setRequiredIndicatorVisible(true);
        what.setWidthFull();
        TextField who = new TextField(getTranslation("discussion.action.who"));
        who.setMaxLength(NewAction.MAX_WHO);
        DatePicker due = new DatePicker(getTranslation("discussion.action.due"));
        due.setLocale(getLocale());
        ComboBox<Theme> theme = new ComboBox<>(getTranslation("discussion.action.theme"), Theme.values());
        theme.setItemLabelGenerator(themeName::apply);
        theme.setClearButtonVisible(true);
        Button add = new Button(getTranslation("discussion.action.add"), click -> {
            if (what.getValue().isBlank()) {
                what.setErrorMessage(getTranslation("discussion.action.what.required"));
                what.setInvalid(true);
                return;
            }
            what.setInvalid(false);
            discussions.addAction(dialogue, new NewAction(theme.getValue(), what.getValue(), who.getValue(),
                    due.getValue()));
            what.clear();
            who.clear();
            due.clear();
            theme.clear();
            refresh();
            what.focus();
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Div form = new Div(new H3(getTranslation("discussion.action.new")), what, new Div(who, due, theme, add));
        form.addClassName("action-form");
        return form;
    }
}
