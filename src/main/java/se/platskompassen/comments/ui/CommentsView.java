package se.platskompassen.comments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.base.ui.StaffPage;
import se.platskompassen.comments.CommentFilter;
import se.platskompassen.comments.CommentService;
import se.platskompassen.comments.CommentTag;
import se.platskompassen.comments.TagCounts;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.organisation.Role;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;

/**
 * All comments of the organisation's dialogues for planners: filter them by place, dialogue,
 * version, period, theme and kind, search their text, and tag them with the organisation's own
 * tags to count and filter them. Analysts read and count; those who run dialogues also tag.
 */
@Route(value = "comments", layout = MainLayout.class)
@Menu(order = 50, title = "nav.comments", icon = "vaadin:comments-o")
@RolesAllowed({Role.ORGANISATION_ADMIN_NAME, Role.FACILITATOR_NAME, Role.ANALYST_NAME})
class CommentsView extends StaffPage {

    private final CommentService comments;
    private final CommentFilterBar filters;
    private final CommentGrid grid;
    private final TagsPanel tagsPanel;
    private final Paragraph summary = new Paragraph();
    private final Button tagAll = new Button();
    private long shown;
    private List<CommentTag> tags = List.of();
    private CommentFilter filter = CommentFilter.ALL;

    CommentsView(CommentService comments, PlaceService places, DialogueService dialogues,
            QuestionnaireCatalog questionnaires, Clock clock) {
        this.comments = comments;
        setHeading(getTranslation("comments.title"));
        setLead(getTranslation("comments.lead"));
        addClassName("comments-view");
        Language language = Language.of(getLocale());
        Function<Theme, String> themeName = theme -> questionnaires.themeName(theme, language);

        filters = new CommentFilterBar(places.findAll(), dialogues.findAll(), themeName, clock.getZone(),
                this::filterChanged);
        grid = new CommentGrid(comments, themeName, this::countsChanged);
        tagsPanel = new TagsPanel(comments, filters::showTag, this::tagsChanged);
        summary.addClassName("comment-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        Div heading = new Div(summary);
        heading.addClassName("comment-list-heading");
        if (comments.mayTag()) {
            tagAll.setText(getTranslation("comments.tagAll.open"));
            tagAll.addThemeVariants(ButtonVariant.TERTIARY);
            tagAll.addClickListener(click -> new TagAllDialog(comments, filter, shown, tags, this::tagsChanged).open());
            heading.add(tagAll);
        }
        Div list = new Div(heading, grid);
        list.addClassName("comment-list");
        addContent(filters, tagsPanel, list);
        loadTags();
        countsChanged();
    }

    private void filterChanged(CommentFilter changed) {
        filter = changed;
        grid.show(filter);
        countsChanged();
    }

    /** Tags were added, renamed, deleted or put on many comments: everything that shows tags reads again. */
    private void tagsChanged(String message) {
        loadTags();
        filter = filters.filter();
        grid.show(filter);
        countsChanged();
        notifySuccess(message);
    }

    private void loadTags() {
        tags = comments.tags();
        filters.setTags(tags);
        grid.setTags(tags);
    }

    /** The summary and the counts per tag for the current selection. */
    private void countsChanged() {
        TagCounts counts = comments.tagCounts(filter);
        shown = filter.tagId() == null && !filter.untagged() ? counts.comments() : comments.count(filter);
        summary.setText(getTranslation("comments.count", shown));
        tagAll.setEnabled(shown > 0 && !tags.isEmpty());
        tagsPanel.show(tags, counts);
    }
}
