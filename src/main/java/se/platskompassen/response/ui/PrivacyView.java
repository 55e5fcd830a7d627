package se.platskompassen.response.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.base.ui.StaffPage;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.organisation.OrganisationService;
import se.platskompassen.organisation.Role;
import se.platskompassen.response.ResponseCounts;
import se.platskompassen.response.ResponseService;

/**
 * Privacy for an organisation admin: how long free-text comments are kept, and deleting a
 * dialogue's responses for good (after a confirmation that names how many).
 */
@Route(value = "privacy", layout = MainLayout.class)
@Menu(order = 90, title = "nav.privacy", icon = "vaadin:shield")
@RolesAllowed(Role.ORGANISATION_ADMIN_NAME)
class PrivacyView extends StaffPage {

    private static final List<Integer> RETENTION_CHOICES = List.of(30, 90, 180, 365, 730);
    private static final int KEEP = 0;
    private static final List<Integer> MIN_GROUP_CHOICES = List.of(3, 5, 8, 10, 15, 20);

    private final ResponseService responses;
    private final DialogueService dialogues;
    private final Grid<Dialogue> grid = new Grid<>();
    private Map<Long, ResponseCounts> counts = Map.of();

    PrivacyView(OrganisationService organisations, ResponseService responses, DialogueService dialogues) {
        this.responses = responses;
        this.dialogues = dialogues;
        setHeading(getTranslation("privacy.title"));
        setLead(getTranslation("privacy.lead"));
        addContent(retention(organisations), minGroupSize(organisations), new H2(getTranslation("privacy.delete.title")),
                new Paragraph(getTranslation("privacy.delete.lead")), dialogueGrid());
    }

    private Div retention(OrganisationService organisations) {
        Select<Integer> keep = new Select<>();
        keep.setLabel(getTranslation("privacy.retention.label"));
        List<Integer> choices = new ArrayList<>(List.of(KEEP));
        choices.addAll(RETENTION_CHOICES);
        Integer current = organisations.mine().commentRetentionDays();
        if (current != null && !choices.contains(current)) {
            choices.add(current);
        }
        keep.setItems(choices);
        keep.setItemLabelGenerator(days -> days == KEEP ? getTranslation("privacy.retention.keep")
                : getTranslation("privacy.retention.days", days));
        keep.setValue(current == null ? KEEP : current);
        Button save = new Button(getTranslation("privacy.retention.save"), click -> {
            Integer days = keep.getValue();
            organisations.setCommentRetention(days == null || days == KEEP ? null : days);
            notifySuccess(getTranslation("privacy.retention.saved"));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout row = new HorizontalLayout(keep, save);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return new Div(new H2(getTranslation("privacy.retention.title")),
                new Paragraph(getTranslation("privacy.retention.lead")), row);
    }

    /** The organisation's minimum group size: smaller groups are hidden in every analysis. */
    private Div minGroupSize(OrganisationService organisations) {
        Select<Integer> size = new Select<>();
        size.setLabel(getTranslation("analysis.privacy.minGroup.label"));
        List<Integer> choices = new ArrayList<>(MIN_GROUP_CHOICES);
        int current = organisations.minGroupSize();
        if (!choices.contains(current)) {
            choices.add(current);
            choices.sort(null);
        }
        size.setItems(choices);
        size.setItemLabelGenerator(people -> getTranslation("analysis.privacy.minGroup.people", people));
        size.setValue(current);
        Button save = new Button(getTranslation("analysis.privacy.minGroup.save"), click -> {
            Integer chosen = size.getValue();
            if (chosen != null) {
                organisations.setMinGroupSize(chosen);
                notifySuccess(getTranslation("privacy.retention.saved"));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout row = new HorizontalLayout(size, save);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return new Div(new H2(getTranslation("analysis.privacy.minGroup.title")),
                new Paragraph(getTranslation("analysis.privacy.minGroup.lead")), row);
    }

    private Grid<Dialogue> dialogueGrid() {
        grid.addColumn(Dialogue::title).setHeader(getTranslation("privacy.dialogue")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(dialogue -> started(dialogue)).setHeader(getTranslation("privacy.responses"));
        grid.addComponentColumn(this::deleteButton).setHeader(getTranslation("privacy.actions")).setAutoWidth(true)
                .setKey("delete");
        grid.setItems(query -> {
            counts = responses.countsOfMyDialogues();
            return dialogues.findAll().stream().skip(query.getOffset()).limit(query.getLimit());
        });
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("privacy.delete.title"));
        return grid;
    }

    private long started(Dialogue dialogue) {
        ResponseCounts count = counts.get(dialogue.id());
        return count == null ? 0 : count.started();
    }

    private @Nullable Button deleteButton(Dialogue dialogue) {
        long count = started(dialogue);
        if (count == 0) {
            return null;
        }
        Button delete = new Button(getTranslation("privacy.delete.button"), click -> confirm(dialogue, count));
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.setAriaLabel(getTranslation("privacy.delete.buttonFor", dialogue.title()));
        return delete;
    }

    private void confirm(Dialogue dialogue, long count) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("privacy.delete.confirmTitle"));
        confirm.setText(getTranslation("privacy.delete.confirmText", count, dialogue.title()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("privacy.delete.cancel"));
        confirm.setConfirmText(getTranslation("privacy.delete.confirm", count));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            long deleted = responses.deleteResponses(dialogue);
            notifySuccess(getTranslation("privacy.delete.done", deleted, dialogue.title()));
            grid.getDataProvider().refreshAll();
        });
        confirm.open();
    }
}
