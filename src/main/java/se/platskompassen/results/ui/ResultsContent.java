package se.platskompassen.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import se.platskompassen.analysis.ProtectedThemeFigures;
import se.platskompassen.compass.CompassAxis;
import se.platskompassen.compass.CompassChart;
import se.platskompassen.compass.CompassSeries;
import se.platskompassen.compass.ui.CompassView;
import se.platskompassen.discussion.DialogueAction;
import se.platskompassen.discussion.ThemeOutcome;
import se.platskompassen.figures.Figures;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.results.PublicResults;
import se.platskompassen.results.PublishedComment;

/**
 * What the public results page shows, and the staff preview with it (one component, so the
 * preview cannot differ): the place and dialogue, the group's compass and per-theme figures after
 * the small-group rule (or one plain sentence when the group is too small), what the group
 * agreed, the actions and where they stand, and the chosen comments. Every text comes from the
 * language packs; what the organisation wrote is marked Swedish.
 */
class ResultsContent extends Div {

    private final PublicResults results;
    private final Function<Theme, String> themeName;
    private final Language language;
    private final DateTimeFormatter dates;
    private final Section firstSection;

    ResultsContent(PublicResults results, Function<Theme, String> themeName, Language language) {
        this.results = results;
        this.themeName = themeName;
        this.language = language;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        addClassName("results-content");
        Paragraph kicker = new Paragraph(getTranslation("results.title"));
        kicker.addClassName("results-kicker");
        Paragraph title = organisation(new Paragraph(results.dialogueTitle()));
        title.addClassName("lead");
        add(kicker, organisation(new H1(results.placeName())), title);
        period().ifPresent(this::add);
        firstSection = figures();
        add(firstSection, agreed(), actions());
        if (!results.comments().isEmpty()) {
            add(comments());
        }
    }

    /** Puts something (the page's choice of language) between the heading and the figures. */
    void addAfterHeading(Component component) {
        addComponentAtIndex(indexOf(firstSection), component);
    }

    private Optional<Paragraph> period() {
        LocalDate from = results.started();
        LocalDate to = results.ended();
        if (from == null) {
            return Optional.empty();
        }
        Paragraph period = new Paragraph(to == null ? getTranslation("results.datesFrom", dates.format(from))
                : getTranslation("results.dates", dates.format(from), dates.format(to)));
        period.addClassName("results-dates");
        return Optional.of(period);
    }

    private Section figures() {
        Section section = section("results-figures", getTranslation("results.figures"));
        if (results.groupTooSmall()) {
            Paragraph tooSmall = new Paragraph(getTranslation("results.tooSmall", results.minGroupSize()));
            tooSmall.addClassName("results-too-small");
            section.add(tooSmall);
            return section;
        }
        results.figures().respondents().ifPresent(count ->
                section.add(new Paragraph(getTranslation("results.respondents", count))));
        List<CompassSeries> series = new ArrayList<>();
        series.add(CompassSeries.group(getTranslation("results.compass.median"), results.figures().figures()));
        if (!results.discussion().agreedScores().isEmpty()) {
            series.add(CompassSeries.agreed(getTranslation("results.compass.agreed"),
                    results.discussion().agreedScores()));
        }
        List<String> names = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            names.add(themeName.apply(theme));
        }
        CompassView compass = new CompassView();
        compass.show(new CompassChart(CompassAxis.of(results.figures().scale()), names, series,
                CompassView.words(this, getTranslation("results.compass.title", results.placeName()))));
        UnorderedList themes = new UnorderedList();
        themes.addClassName("results-themes");
        Locale locale = language.locale();
        int max = results.figures().scale().max();
        for (Theme theme : Theme.values()) {
            ProtectedThemeFigures cell = results.figures().cell(theme);
            String value = cell.isHidden() ? getTranslation("results.theme.hidden", results.minGroupSize())
                    : !cell.hasMedian() ? getTranslation("results.theme.none")
                    : getTranslation("results.theme.median", Figures.format(cell.median(), locale), max,
                            cell.answered());
            Span name = new Span(themeName.apply(theme));
            name.addClassName("results-theme-name");
            themes.add(new ListItem(name, new Span(value)));
        }
        section.add(compass, themes);
        return section;
    }

    private Section agreed() {
        Section section = section("results-agreed", getTranslation("results.agreed"));
        List<Theme> priorities = results.discussion().priorities();
        if (!priorities.isEmpty()) {
            section.add(new H3(getTranslation("results.priorities")), new UnorderedList(priorities.stream()
                    .map(theme -> new ListItem(themeName.apply(theme))).toArray(ListItem[]::new)));
        }
        UnorderedList outcomes = new UnorderedList();
        outcomes.addClassName("results-outcomes");
        for (Theme theme : results.agreedThemes()) {
            ThemeOutcome outcome = results.discussion().outcome(theme);
            if (outcome.agreedScore() == null && outcome.notes() == null) {
                continue;
            }
            ListItem item = new ListItem(strong(themeName.apply(theme)));
            if (outcome.agreedScore() != null) {
                item.add(new Span(getTranslation("results.agreedScore", outcome.agreedScore(),
                        results.figures().scale().max())));
            }
            if (outcome.notes() != null) {
                item.add(organisation(new Paragraph(outcome.notes())));
            }
            outcomes.add(item);
        }
        if (outcomes.getChildren().findAny().isPresent()) {
            section.add(outcomes);
        } else if (priorities.isEmpty()) {
            section.add(new Paragraph(getTranslation("results.agreed.none")));
        }
        return section;
    }

    private Section actions() {
        Section section = section("results-actions", getTranslation("results.actions"));
        List<DialogueAction> actions = results.discussion().actions();
        if (actions.isEmpty()) {
            section.add(new Paragraph(getTranslation("results.actions.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("results-action-list");
        for (DialogueAction action : actions) {
            ListItem item = new ListItem(organisation(strong(action.what())));
            item.addClassNames("results-action", "status-" + action.status().name().toLowerCase(Locale.ROOT));
            Div details = new Div();
            details.addClassName("results-action-details");
            if (action.who() != null) {
                details.add(organisation(new Span(getTranslation("results.action.who", action.who()))));
            }
            if (action.due() != null) {
                details.add(new Span(getTranslation("results.action.due", dates.format(action.due()))));
            }
            Span status = new Span(getTranslation("results.status." + action.status().name()));
            status.addClassName("results-status");
            Div statusLine = new Div(status);
            statusLine.addClassName("results-status-line");
            if (action.statusDate() != null) {
                statusLine.add(new Span(getTranslation("results.action.since", dates.format(action.statusDate()))));
            }
            item.add(details, statusLine);
            if (action.statusNote() != null) {
                Paragraph note = organisation(new Paragraph(action.statusNote()));
                note.addClassName("results-status-note");
                item.add(note);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Section comments() {
        Section section = section("results-comments", getTranslation("results.comments"));
        UnorderedList list = new UnorderedList();
        list.addClassName("results-comment-list");
        for (PublishedComment comment : results.comments()) {
            Span about = new Span(themeName.apply(comment.theme()) + " · "
                    + getTranslation("results.comment." + comment.kind().name()));
            about.addClassName("results-comment-about");
            Paragraph text = new Paragraph(comment.text());
            // A resident's own words, in whatever language and direction they wrote
            text.getElement().setAttribute("dir", "auto");
            list.add(new ListItem(about, text));
        }
        section.add(list);
        return section;
    }

    private Section section(String className, String heading) {
        Section section = new Section(new H2(heading));
        section.addClassNames("results-section", className);
        return section;
    }

    private static Span strong(String text) {
        Span span = new Span(text);
        span.addClassName("results-strong");
        return span;
    }

    /** Text the organisation wrote is Swedish whatever the page's language (as on the resident screens). */
    private <T extends HasElement> T organisation(T component) {
        if (language.locale().getLanguage().equals(Language.SV.locale().getLanguage())) {
            return component;
        }
        component.getElement().setAttribute("lang", Language.SV.code());
        component.getElement().setAttribute("dir", "ltr");
        return component;
    }
}
