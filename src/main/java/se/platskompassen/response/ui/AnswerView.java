package se.platskompassen.response.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import se.platskompassen.base.ui.PageLanguage;
import se.platskompassen.base.ui.ResidentPage;
import se.platskompassen.dialogue.Availability;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.JoinAttempts;
import se.platskompassen.live.GroupPictures;
import se.platskompassen.organisation.OrganisationService;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.response.CollectionMode;
import se.platskompassen.response.ResponseService;
import se.platskompassen.response.ResumeService;

/**
 * Where a join code leads: a resident answers the dialogue here, screen by screen, on their own
 * device ({@code /d/{code}}) or on a shared tablet ({@code /kiosk/{code}}). Each screen's
 * answer is saved when the person leaves it; a kiosk returns to the start after the thanks and
 * when someone walks away.
 */
@Route("d/:code")
@RouteAlias("kiosk/:code")
@AnonymousAllowed
class AnswerView extends ResidentPage implements BeforeEnterObserver, HasDynamicTitle {

    private final DialogueService dialogues;
    private final PlaceService places;
    private final OrganisationService organisations;
    private final ResponseService responses;
    private final ResumeService resumes;
    private final QuestionnaireCatalog questionnaires;
    private final KioskTimers timers;
    private final KioskSettings kiosk;
    private final ClosingNotice closingNotice;
    private final ResidentConnection connection;
    private final ClimateLenses climateLenses;
    private final GroupPictures groups;
    private final Clock clock;
    private String title = "Platskompassen";

    AnswerView(DialogueService dialogues, PlaceService places, OrganisationService organisations,
            ResponseService responses, ResumeService resumes, QuestionnaireCatalog questionnaires, KioskTimers timers,
            KioskSettings kiosk, ClosingNotice closingNotice, ResidentConnection connection, ClimateLenses climateLenses,
            GroupPictures groups,
            Clock clock) {
        this.dialogues = dialogues;
        this.places = places;
        this.organisations = organisations;
        this.responses = responses;
        this.resumes = resumes;
        this.questionnaires = questionnaires;
        this.timers = timers;
        this.kiosk = kiosk;
        this.closingNotice = closingNotice;
        this.connection = connection;
        this.climateLenses = climateLenses;
        this.groups = groups;
        this.clock = clock;
        addClassName("answer-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        removeAll();
        CollectionMode mode = event.getLocation().getFirstSegment().equals("kiosk")
                ? CollectionMode.SHARED_TABLET : CollectionMode.OWN_DEVICE;
        connection.configure(event.getUI(), mode);
        JoinAttempts attempts = attempts();
        Optional<Duration> wait = attempts.waitBeforeLookup(clock.instant());
        if (wait.isPresent()) {
            showTooManyTries(wait.get());
            return;
        }
        Optional<Dialogue> dialogue = dialogues.findByJoinCode(code);
        if (dialogue.isPresent()) {
            enter(dialogue.get(), mode, event.getUI());
        } else {
            attempts.recordMiss(clock.instant());
            showUnknown(code);
        }
    }

    /** Failed lookups count per browser session: a whole workshop shares one network address. */
    private static JoinAttempts attempts() {
        VaadinSession session = VaadinSession.getCurrent();
        JoinAttempts attempts = session.getAttribute(JoinAttempts.class);
        if (attempts == null) {
            attempts = new JoinAttempts();
            session.setAttribute(JoinAttempts.class, attempts);
        }
        return attempts;
    }

    private void showTooManyTries(Duration wait) {
        title = getTranslation("answer.tooManyTries.title");
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        add(card(new H1(title), new Paragraph(getTranslation("answer.tooManyTries.text", minutes))));
    }

    /** Opens the dialogue in the page's language if the dialogue offers it, else in its first language. */
    private void enter(Dialogue dialogue, CollectionMode mode, UI ui) {
        String placeName = places.publicName(dialogue.placeId()).orElse("");
        title = placeName;
        Language language = Language.of(ui.getLocale());
        if (!dialogue.languages().contains(language)) {
            language = dialogue.languages().iterator().next();
        }
        Availability availability = dialogues.availability(dialogue);
        if (availability != Availability.OPEN) {
            PageLanguage.set(ui, language);
            showNotice(placeName, dialogue.title(), availability);
            return;
        }
        String organisation = organisations.publicName(dialogue.organisationId()).orElse("");
        FlowState state = new FlowState(dialogue, placeName, organisation, questionnaires.current(dialogue.version()),
                mode, language, () -> groups.forResident(dialogue));
        state.climate = climateLenses.of(dialogue);
        removeAll();
        ResidentFlow flow = new ResidentFlow(state, responses, resumes, questionnaires, timers, kiosk, clock,
                notOpen -> showNotice(placeName, dialogue.title(), notOpen.availability()));
        add(flow);
        closingNotice.follow(flow, () -> showNotice(placeName, dialogue.title(), Availability.CLOSED));
    }

    /** The dialogue is not open (or no longer): said in the page's language, the organisation's names marked Swedish. */
    private void showNotice(String placeName, String dialogueTitle, Availability availability) {
        removeAll();
        Language shown = Language.of(getLocale());
        Paragraph titleText = OrganisationText.mark(new Paragraph(dialogueTitle), shown);
        titleText.addClassName("lead");
        Paragraph notice = new Paragraph(getTranslation(availability == Availability.CLOSED
                ? "answer.closed" : "answer.notYetOpen"));
        notice.addClassName("notice");
        add(card(OrganisationText.mark(new H1(placeName), shown), titleText, notice));
    }

    private void showUnknown(String code) {
        title = getTranslation("answer.unknown.title");
        String shown = code.length() > 40 ? code.substring(0, 40) + "…" : code;
        add(card(new H1(title), new Paragraph(getTranslation("answer.unknown.text", shown)),
                new Anchor("", getTranslation("answer.unknown.tryAgain"))));
    }

    @Override
    public String getPageTitle() {
        return title + " – Platskompassen";
    }
}
