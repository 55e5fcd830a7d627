package se.platskompassen.paper.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.base.ui.PublicLinks;
import se.platskompassen.base.ui.StaffPage;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.dialogue.ui.DialogueLinks;
import se.platskompassen.organisation.Role;
import se.platskompassen.paper.PaperEntry;
import se.platskompassen.paper.PaperService;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.ui.LanguageNames;

/**
 * Paper forms of one dialogue: download the printable form, then type the filled-in forms in,
 * one row per form ({@link EntryRow}), with the keyboard only. Tab moves from cell to cell, Enter
 * saves the row and starts the next. A row is saved only when every cell is right; what was typed
 * stays until it is saved. Whether a form number is taken is the service's answer, never the page's.
 */
@Route(value = "dialogues/:dialogueId/paper", layout = MainLayout.class)
@RolesAllowed({Role.ORGANISATION_ADMIN_NAME, Role.FACILITATOR_NAME})
class PaperView extends StaffPage implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(PaperView.class);

    private final DialogueService dialogues;
    private final PlaceService places;
    private final PaperService paper;
    private final QuestionnaireCatalog questionnaires;
    private final Clock clock;
    private final PublicLinks links;

    private @Nullable Dialogue dialogue;
    private @Nullable EntryRow row;
    private @Nullable SavedForms saved;
    private final Span status = new Span();

    PaperView(DialogueService dialogues, PlaceService places, PaperService paper,
            QuestionnaireCatalog questionnaires, Clock clock, PublicLinks links) {
        this.links = links;
        this.dialogues = dialogues;
        this.places = places;
        this.paper = paper;
        this.questionnaires = questionnaires;
        this.clock = clock;
        addClassName("paper-view");
        status.addClassName("paper-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        findOrNotFound(event, "dialogueId", dialogues::find).ifPresent(found -> {
            if (dialogue == null || dialogue.id() != found.id()) {
                layOut(found);
            }
        });
    }

    private void layOut(Dialogue shown) {
        dialogue = shown;
        clearContent();
        String placeName = places.find(shown.placeId()).map(Place::name).orElse("");
        setHeading(getTranslation("paper.heading", shown.title()));
        Paragraph about = new Paragraph(getTranslation("paper.about", placeName, shown.joinCode()));
        about.addClassName("staff-lead");
        Anchor back = new Anchor(DialogueLinks.dialogue(shown.id()), getTranslation("paper.back"));
        back.addClassName("paper-back");
        addContent(back, about, new Paragraph(getTranslation("paper.lead")));
        if (shown.status() == DialogueStatus.CLOSED) {
            Paragraph closed = new Paragraph(getTranslation("paper.closed"));
            closed.addClassName("paper-notice");
            addContent(closed);
        }
        var questionnaire = questionnaires.current(shown.version());
        addContent(new H2(getTranslation("paper.print")), printLinks(shown),
                new H2(getTranslation("paper.entry")), new Paragraph(getTranslation("paper.entry.help")),
                new CodeLegend(shown, questionnaire.texts(Language.of(getLocale()))));
        row = new EntryRow(shown, questionnaire, this::save, () -> say(getTranslation("paper.entry.cleared"), false));
        saved = new SavedForms(shown.climateLens());
        addContent(row, status, new H2(getTranslation("paper.saved.title")), saved);
    }

    private Div printLinks(Dialogue shown) {
        Div links = new Div(new Paragraph(getTranslation("paper.print.help")));
        links.addClassName("paper-print");
        for (Language language : shown.languages()) {
            String results = this.links.shortResults(shown.joinCode(), language);
            String fileName = "blankett-" + shown.joinCode().replaceAll("[^A-Za-z0-9-]", "") + "-" + language.code()
                    + ".pdf";
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] pdf = paper.form(shown, language, results);
                return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
            }), getTranslation("paper.print.download", LanguageNames.staffName(this, language)));
            download.addClassName("paper-download");
            links.add(download);
        }
        return links;
    }

    private void save() {
        EntryRow entry = row;
        Dialogue current = dialogue;
        if (entry == null || current == null || saved == null || entry.blank()) {
            return; // a second Enter on a fresh row, or Enter before anything is typed
        }
        PaperEntry.Reading reading = entry.read();
        if (reading.entry() == null) {
            entry.show(reading.problems());
            say(reading.formProblem() != null ? entry.message(reading.formProblem())
                    : getTranslation("paper.entry.fix"), true);
            return;
        }
        PaperEntry form = reading.entry();
        PaperService.Saved outcome;
        try {
            outcome = paper.save(current, form);
        } catch (RuntimeException e) {
            log.warn("A paper form could not be saved", e);
            say(getTranslation("paper.entry.error"), true);
            return;
        }
        if (outcome == PaperService.Saved.NUMBER_TAKEN) {
            String taken = getTranslation("paper.entry.numberTaken", form.formNumber());
            entry.refuseNumber(taken);
            say(taken, true);
            return;
        }
        saved.list(SavedForm.of(form, current.version(), LocalTime.now(clock)));
        say(getTranslation(outcome == PaperService.Saved.ADDED ? "paper.entry.saved" : "paper.entry.alreadySaved",
                form.formNumber()), false);
        entry.startNew();
    }

    private void say(String text, boolean problem) {
        status.setText(text);
        status.setClassName("paper-problem", problem);
    }
}
