package se.platskompassen.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.base.ui.PublicLinks;
import se.platskompassen.base.ui.StaffPage;
import se.platskompassen.compass.ui.CompassView;
import se.platskompassen.compass.ui.GroupCompass;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.Role;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.place.PlacePageLink;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.LanguagePacks;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.response.ResponseCounts;
import se.platskompassen.response.ResponseService;

/**
 * One dialogue for its facilitator: settings, opening and closing, how residents join, the
 * group's compass with the agreed scores, and the priorities and actions.
 */
@Route(value = "dialogues/:dialogueId", layout = MainLayout.class)
// The page's sections from features above dialogue (DialoguePageSection beans) use these; the
// production bundle only loads for this page what its own classes name (decision 0025).
@Uses(Grid.class)
@Uses(Dialog.class)
@Uses(Checkbox.class)
@RolesAllowed({Role.ORGANISATION_ADMIN_NAME, Role.FACILITATOR_NAME, Role.ANALYST_NAME})
class DialogueView extends StaffPage implements BeforeEnterObserver {

    private final DialogueService dialogues;
    private final PlaceService places;
    private final ResponseService responses;
    private final DiscussionService discussions;
    private final QuestionnaireCatalog questionnaires;
    private final GroupCompass groupCompass;
    private final PublicLinks links;
    private final List<DialoguePageLinks> pageLinks;
    private final List<DialoguePageSection> sections;
    private final PlacePageLink placeLink;
    private final boolean mayRun;
    private final ZoneId zone;
    private final LanguagePacks packs;
    private Dialogue dialogue;

    DialogueView(DialogueService dialogues, PlaceService places, ResponseService responses,
            DiscussionService discussions, QuestionnaireCatalog questionnaires, GroupCompass groupCompass,
            PublicLinks links, List<DialoguePageLinks> pageLinks, PlacePageLink placeLink, TenantAccess access,
            Clock clock, LanguagePacks packs, List<DialoguePageSection> sections) {
        this.sections = sections;
        this.packs = packs;
        this.dialogues = dialogues;
        this.places = places;
        this.responses = responses;
        this.discussions = discussions;
        this.questionnaires = questionnaires;
        this.groupCompass = groupCompass;
        this.links = links;
        this.pageLinks = pageLinks;
        this.placeLink = placeLink;
        this.mayRun = access.may(Permission.RUN_DIALOGUES);
        this.zone = clock.getZone();
        addClassName("dialogue-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        findOrNotFound(event, "dialogueId", dialogues::find).ifPresent(this::show);
    }

    private void show(Dialogue shown) {
        dialogue = shown;
        String placeName = places.find(dialogue.placeId()).map(place -> place.name()).orElse("");
        clearContent();
        setHeading(dialogue.title());
        addContent(summary(placeName), toolbar());
        addContent(new H2(getTranslation("dialogue.join")), JoinPanel.forFacilitator(dialogue.joinCode(), placeName,
                dialogue.languages(), links));
        CompassView compass = new CompassView();
        compass.show(groupCompass.chart(this, dialogue, responses.scoreCounts(dialogue),
                discussions.of(dialogue).agreedScores(), getTranslation("dialogue.compass.title", placeName)));
        addContent(new H2(getTranslation("dialogue.compass")), minAnswersHint(), compass);
        addSections(DialoguePageSection.Position.UNDER_COMPASS);
        Language language = Language.of(getLocale());
        addContent(new ActionsPanel(dialogue, discussions, theme -> questionnaires.themeName(theme, language), mayRun,
                zone));
        addSections(DialoguePageSection.Position.UNDER_ACTIONS);
    }

    private void addSections(DialoguePageSection.Position position) {
        sections.stream().filter(section -> section.position() == position)
                .forEach(section -> section.on(dialogue).ifPresent(this::addContent));
    }

    private Div summary(String placeName) {
        Span status = new Span(getTranslation("dialogue.status." + dialogue.status().name()));
        status.addClassNames("badge", "status-" + dialogue.status().name().toLowerCase());
        ResponseCounts counts = responses.counts(dialogue);
        Div facts = new Div(
                fact("dialogue.place", new Anchor(placeLink.toPlace(dialogue.placeId()), placeName)),
                fact("dialogue.statusLabel", status),
                fact("dialogue.form.version", new Span(getTranslation("dialogue.version." + dialogue.version().name()))),
                fact("dialogue.form.kind", new Span(getTranslation("dialogue.kind." + dialogue.kind().name()))),
                fact("dialogue.responses", new Span(getTranslation("dialogue.responses.value",
                        counts.started(), counts.completed()))));
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone);
        if (dialogue.opensAt() != null) {
            facts.add(fact("dialogue.form.opensAt", new Span(format.format(dialogue.opensAt()))));
        }
        if (dialogue.closesAt() != null) {
            facts.add(fact("dialogue.form.closesAt", new Span(format.format(dialogue.closesAt()))));
        }
        facts.addClassName("dialogue-facts");
        return facts;
    }

    private Div fact(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Div fact = new Div(label, value);
        fact.addClassName("fact");
        return fact;
    }

    private Div toolbar() {
        Div toolbar = new Div();
        toolbar.addClassName("dialogue-toolbar");
        if (mayRun) {
            if (dialogue.status() == DialogueStatus.OPEN) {
                Button close = new Button(getTranslation("dialogue.close"), click -> confirmClose());
                close.addThemeVariants(ButtonVariant.ERROR);
                toolbar.add(close);
            } else {
                Button open = new Button(getTranslation(dialogue.everOpened() ? "dialogue.reopen" : "dialogue.open"),
                        click -> {
                            show(dialogues.open(dialogue.id()));
                            notifySuccess(getTranslation("dialogue.opened"));
                        });
                open.addThemeVariants(ButtonVariant.PRIMARY);
                open.setDisableOnClick(true);
                toolbar.add(open);
            }
            toolbar.add(new Button(getTranslation("dialogue.edit"), click -> edit()));
        }
        pageLinks.stream().flatMap(offered -> offered.on(dialogue).stream())
                .filter(link -> mayRun || !link.forRunners())
                .sorted(Comparator.comparingInt(DialoguePageLinks.Link::order))
                .forEach(link -> {
                    Anchor anchor = new Anchor(link.href(), getTranslation(link.labelKey()));
                    anchor.addClassName("toolbar-link");
                    toolbar.add(anchor);
                });
        return toolbar;
    }

    private void confirmClose() {
        Dialog confirm = new Dialog(getTranslation("dialogue.close.confirm.title"));
        confirm.add(getTranslation("dialogue.close.confirm.text"));
        Button close = new Button(getTranslation("dialogue.close"), click -> {
            confirm.close();
            show(dialogues.close(dialogue.id()));
            notifySuccess(getTranslation("dialogue.closed"));
        });
        close.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        close.setDisableOnClick(true);
        confirm.getFooter().add(new Button(getTranslation("common.cancel"), click -> confirm.close()), close);
        confirm.open();
    }

    private void edit() {
        DialogueForm form = new DialogueForm(zone, packs);
        form.fill(dialogue.settings());
        if (dialogue.everOpened()) {
            form.lockVersion();
        }
        Dialog editor = new Dialog(getTranslation("dialogue.edit"));
        editor.setWidth("min(56rem, 95vw)");
        editor.add(form);
        Button save = new Button(getTranslation("common.save"), click -> form.read().ifPresent(settings -> {
            editor.close();
            show(dialogues.update(dialogue.id(), settings));
            notifySuccess(getTranslation("dialogue.saved"));
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        editor.getFooter().add(new Button(getTranslation("common.cancel"), click -> editor.close()), save);
        editor.open();
    }

    private Span minAnswersHint() {
        Span hint = new Span(getTranslation("dialogue.compass.minAnswers", groupCompass.minAnswers()));
        hint.addClassName("hint");
        return hint;
    }
}
