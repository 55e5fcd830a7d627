package se.platskompassen.response.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.base.ui.StaffPage;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.ui.DialogueLinks;
import se.platskompassen.organisation.Role;
import se.platskompassen.response.ResponseExclusions;
import se.platskompassen.response.ResponseExclusions.Burst;
import se.platskompassen.response.ResponseExclusions.Exclusion;

/**
 * Suspicious bursts of one dialogue, for its facilitators and admins: many completed responses
 * from one browser session, or many within a few seconds. Nothing here shows what anyone
 * answered. Staff may exclude a burst from every figure, with a reason, and include it again;
 * the responses are kept.
 */
@Route(value = "dialogues/:dialogueId/bursts", layout = MainLayout.class)
@RolesAllowed({Role.ORGANISATION_ADMIN_NAME, Role.FACILITATOR_NAME})
class BurstsView extends StaffPage implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final DialogueService dialogues;
    private final ResponseExclusions exclusions;
    private final Clock clock;
    private final TextField reason = new TextField();
    private @Nullable Dialogue dialogue;

    BurstsView(DialogueService dialogues, ResponseExclusions exclusions, Clock clock) {
        this.dialogues = dialogues;
        this.exclusions = exclusions;
        this.clock = clock;
        addClassName("bursts-view");
        reason.setLabel(getTranslation("bursts.reason"));
        reason.setHelperText(getTranslation("bursts.reason.helper"));
        reason.setMaxLength(ResponseExclusions.MAX_REASON);
        reason.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        findOrNotFound(event, "dialogueId", dialogues::find).ifPresent(found -> {
            dialogue = found;
            show(found);
        });
    }

    private void show(Dialogue shown) {
        clearContent();
        setHeading(getTranslation("bursts.title", shown.title()));
        setLead(getTranslation("bursts.lead"));
        List<Burst> bursts = exclusions.bursts(shown);
        addContent(reason);
        addContent(new H2(getTranslation("bursts.sessions")));
        section(bursts.stream().filter(burst -> burst.kind() == Burst.Kind.ONE_SESSION).toList());
        addContent(new H2(getTranslation("bursts.seconds")));
        section(bursts.stream().filter(burst -> burst.kind() == Burst.Kind.WITHIN_SECONDS).toList());
        addContent(new H2(getTranslation("bursts.excluded")));
        List<Exclusion> excluded = exclusions.exclusions(shown);
        if (excluded.isEmpty()) {
            addContent(new Paragraph(getTranslation("bursts.excluded.none")));
        }
        excluded.forEach(exclusion -> addContent(excludedRow(exclusion)));
        Anchor back = new Anchor(DialogueLinks.dialogue(shown.id()), getTranslation("bursts.back"));
        back.addClassName("toolbar-link");
        addContent(back);
    }

    private void section(List<Burst> bursts) {
        if (bursts.isEmpty()) {
            addContent(new Paragraph(getTranslation("bursts.none")));
        }
        bursts.forEach(burst -> addContent(burstRow(burst)));
    }

    private Div burstRow(Burst burst) {
        String text = getTranslation(burst.kind() == Burst.Kind.ONE_SESSION ? "bursts.session.row" : "bursts.seconds.row",
                burst.count(), time(burst.from()), time(burst.to()), burst.quickest().toSeconds(),
                getTranslation("analysis.mode." + burst.mode().name()));
        Button exclude = new Button(getTranslation("bursts.exclude", burst.count()), click -> exclude(burst));
        exclude.addThemeVariants(ButtonVariant.ERROR);
        exclude.setDisableOnClick(true);
        return row(text, exclude);
    }

    private Div excludedRow(Exclusion exclusion) {
        String text = getTranslation("bursts.excluded.row", exclusion.count(), time(exclusion.marks().at()),
                exclusion.marks().by(), exclusion.marks().reason());
        Button include = new Button(getTranslation("bursts.include", exclusion.count()), click -> include(exclusion));
        include.setDisableOnClick(true);
        return row(text, include);
    }

    private static Div row(String text, Button action) {
        Div row = new Div(new Paragraph(text), action);
        row.addClassName("burst");
        return row;
    }

    private void exclude(Burst burst) {
        Dialogue shown = dialogue;
        if (shown == null) {
            return;
        }
        if (reason.getValue().isBlank()) {
            reason.setErrorMessage(getTranslation("bursts.reason.required"));
            reason.setInvalid(true);
            reason.focus();
            show(shown);
            return;
        }
        reason.setInvalid(false);
        int excluded = exclusions.exclude(shown, burst.responseIds(), reason.getValue());
        notifySuccess(getTranslation("bursts.excluded.done", excluded));
        show(shown);
    }

    private void include(Exclusion exclusion) {
        Dialogue shown = dialogue;
        if (shown != null) {
            int included = exclusions.include(shown, exclusion.responseIds());
            notifySuccess(getTranslation("bursts.included.done", included));
            show(shown);
        }
    }

    private String time(Instant instant) {
        return WHEN.format(instant.atZone(clock.getZone()));
    }
}
