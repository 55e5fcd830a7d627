package se.platskompassen.live.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.platskompassen.compass.ui.GroupCompass;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.live.LivePicture;
import se.platskompassen.live.LiveRelease;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.Role;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Questionnaire;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.response.Comment;

/**
 * Dialogue mode on the projector: one theme at a time, with how many chose each step, the
 * anonymous comments, and what the group agrees. Page Down / Page Up (what presentation clickers
 * send) move to the next and previous theme. Figures and comments change only by the batches
 * {@link LiveRelease} lets go, so a new comment cannot be pinned on whoever just answered.
 */
@Route(value = "live/:code/discuss/:theme?", autoLayout = false)
@RolesAllowed({Role.ORGANISATION_ADMIN_NAME, Role.FACILITATOR_NAME, Role.ANALYST_NAME})
class DialogueModeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DialogueService dialogues;
    private final LiveRelease release;
    private final DiscussionService discussions;
    private final QuestionnaireCatalog questionnaires;
    private final GroupCompass groupCompass;
    private final LiveRefresh live;
    private final boolean mayRecord;
    private final H1 themeName = new H1();
    private final Paragraph question = new Paragraph();
    private final Paragraph position = new Paragraph();
    private final Distribution distribution = new Distribution();
    private final Div comments = new Div();
    private final Select<Theme> jump = new Select<>();
    private final ReleaseBar releaseBar;
    private @Nullable AgreementPanel agreement;
    private @Nullable Dialogue dialogue;
    private Theme theme = Theme.MOVING_AROUND;
    private List<String> stepNames = List.of();

    DialogueModeView(DialogueService dialogues, LiveRelease release, DiscussionService discussions,
            QuestionnaireCatalog questionnaires, GroupCompass groupCompass, LiveRefresh live, TenantAccess access,
            Clock clock) {
        this.dialogues = dialogues;
        this.release = release;
        this.discussions = discussions;
        this.questionnaires = questionnaires;
        this.groupCompass = groupCompass;
        this.live = live;
        this.mayRecord = access.may(Permission.RUN_DIALOGUES);
        this.releaseBar = new ReleaseBar(clock.getZone(), mayRecord ? this::showNow : null);
        addClassNames("projector", "discuss-view");
        Shortcuts.addShortcutListener(this, () -> step(1), Key.PAGE_DOWN);
        Shortcuts.addShortcutListener(this, () -> step(-1), Key.PAGE_UP);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        Optional<Dialogue> found = dialogues.findOwnByJoinCode(code);
        Optional<Theme> chosen = themeNumbered(event.getRouteParameters().get("theme").orElse("1"));
        if (found.isEmpty() || chosen.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        theme = chosen.get();
        if (dialogue == null || dialogue.id() != found.get().id()) {
            dialogue = found.get();
            layOut(dialogue);
            live.follow(this, dialogue.id(), this::refresh);
        }
        showTheme();
    }

    /** The theme an address names by its number; an address like {@code discuss/abc} names none. */
    private static Optional<Theme> themeNumbered(String number) {
        if (!number.matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int chosen = Integer.parseInt(number);
        return chosen >= 1 && chosen <= Theme.COUNT ? Optional.of(Theme.values()[chosen - 1]) : Optional.empty();
    }

    private void layOut(Dialogue shown) {
        removeAll();
        Language language = Language.of(getLocale());
        Questionnaire questionnaire = questionnaires.current(shown.version());
        List<String> steps = questionnaire.texts(language).steps();
        stepNames = steps == null ? List.of() : steps;
        agreement = new AgreementPanel(shown, discussions, mayRecord, stepNames);
        position.addClassName("projector-subtitle");
        question.addClassName("discuss-question");
        Paragraph context = new Paragraph(shown.title());
        context.addClassName("projector-context");
        Div header = new Div(new Div(context, position, themeName, question), navigation(shown));
        header.addClassName("projector-header");
        distribution.addClassName("discuss-distribution");
        comments.addClassName("discuss-comments");
        Div left = new Div(new H2(getTranslation("discuss.distribution")), releaseBar, distribution, comments);
        left.addClassName("discuss-main");
        Div body = new Div(left, agreement);
        body.addClassName("projector-body");
        add(header, body);
    }

    private Div navigation(Dialogue shown) {
        Button previous = new Button(getTranslation("discuss.previous"), click -> step(-1));
        Button next = new Button(getTranslation("discuss.next"), click -> step(1));
        jump.setAriaLabel(getTranslation("discuss.jump"));
        jump.setWidth("18rem");
        jump.setItems(Theme.values());
        Language language = Language.of(getLocale());
        jump.setItemLabelGenerator(t -> t.number() + ". " + questionnaires.themeName(t, language));
        jump.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                go(change.getValue());
            }
        });
        Anchor back = new Anchor(LiveLinks.live(shown.joinCode()), getTranslation("discuss.backToCompass"));
        Div navigation = new Div(previous, jump, next, back);
        navigation.addClassName("projector-nav");
        return navigation;
    }

    private void step(int by) {
        int next = theme.ordinal() + by;
        if (next >= 0 && next < Theme.COUNT) {
            go(Theme.values()[next]);
        }
    }

    private void go(Theme target) {
        if (agreement != null) {
            agreement.saveTypedNotes();
        }
        if (dialogue != null) {
            getUI().ifPresent(ui -> ui.navigate(LiveLinks.discuss(dialogue.joinCode(), target.number())));
        }
    }

    private void showTheme() {
        Language language = Language.of(getLocale());
        Questionnaire questionnaire = questionnaires.current(dialogue.version());
        themeName.setText(questionnaire.text(theme, language).name());
        question.setText(questionnaire.text(theme, language).question());
        position.setText(getTranslation("discuss.position", theme.number(), Theme.COUNT));
        jump.setValue(theme);
        refresh();
    }

    /** Reads the theme's figures, comments and outcome again: on entry and on every pushed change. */
    private void refresh() {
        if (dialogue == null || agreement == null) {
            return;
        }
        show(release.picture(dialogue));
    }

    private void showNow() {
        if (dialogue != null) {
            show(release.show(dialogue));
        }
    }

    private void show(LivePicture picture) {
        if (dialogue == null || agreement == null) {
            return;
        }
        ScoreCounts counts = picture.scores();
        boolean enough = groupCompass.shows(counts, theme);
        releaseBar.show(picture);
        distribution.show(counts, theme, enough, groupCompass.minAnswers(), stepNames, getLocale());
        showComments(enough ? release.comments(dialogue, theme, getLocale()) : List.of(), enough);
        agreement.show(theme, discussions.of(dialogue).outcome(theme));
    }

    private void showComments(List<Comment> all, boolean enough) {
        comments.removeAll();
        for (Comment.Kind kind : Comment.Kind.values()) {
            List<Comment> ofKind = all.stream().filter(comment -> comment.kind() == kind).toList();
            UnorderedList list = new UnorderedList();
            list.addClassName("comment-list");
            // The same words from several people are shown once, with how many wrote them.
            Map<String, Long> same = ofKind.stream().collect(Collectors.groupingBy(Comment::text, LinkedHashMap::new,
                    Collectors.counting()));
            same.forEach((text, times) -> list.add(new ListItem(times == 1 ? text
                    : getTranslation("discuss.comments.times", text, times))));
            if (ofKind.isEmpty()) {
                list.add(new ListItem(getTranslation(enough ? "discuss.comments.none" : "discuss.comments.wait")));
            }
            Div column = new Div(new H2(getTranslation("discuss.comments." + kind.name())), list);
            column.addClassName("comment-column");
            comments.add(column);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("discuss.pageTitle", themeName.getText());
    }
}
