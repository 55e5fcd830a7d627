package se.platskompassen.analysis.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import se.platskompassen.analysis.AnalysisService;
import se.platskompassen.analysis.Filter;
import se.platskompassen.analysis.Overview;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.base.ui.StaffPage;
import se.platskompassen.organisation.Role;
import se.platskompassen.place.PlacePageLink;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;

/**
 * The organisation's places against the fourteen themes: each theme's median per place as a calm
 * heat map (the number is always written; colour only helps), how many answered, and when the
 * latest dialogue started. Every column sorts; a place's name leads to its page.
 */
@Route(value = "overview", layout = MainLayout.class)
@Menu(order = 30, title = "nav.overview", icon = "vaadin:table")
@RolesAllowed({Role.ORGANISATION_ADMIN_NAME, Role.FACILITATOR_NAME, Role.ANALYST_NAME})
class OverviewView extends StaffPage {

    static final String NAME = "name";
    static final String RESPONDENTS = "respondents";
    static final String LATEST = "latest";

    private final AnalysisService analysis;
    private final PlacePageLink placeLink;
    final Grid<Overview.PlaceRow> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private Overview overview;

    OverviewView(AnalysisService analysis, QuestionnaireCatalog questionnaires, PlacePageLink placeLink) {
        this.analysis = analysis;
        this.placeLink = placeLink;
        addClassName("analysis-page");
        setHeading(getTranslation("analysis.overview.title"));
        setLead(getTranslation("analysis.overview.lead"));
        overview = analysis.overview(Filter.DEFAULT);
        summary.addClassName("analysis-summary");
        configure(questionnaires);
        addContent(new FilterBar(Filter.DEFAULT, this::load), summary, HeatLegend.create(this), grid);
        show();
    }

    private void load(Filter filter) {
        overview = analysis.overview(filter);
        show();
    }

    private void show() {
        summary.setText(getTranslation("analysis.overview.summary", overview.places().size(),
                overview.scale().min(), overview.scale().max(), overview.minGroupSize()));
        grid.getDataProvider().refreshAll();
    }

    private void configure(QuestionnaireCatalog questionnaires) {
        int minimum = overview.minGroupSize();
        grid.addClassName("overview-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAriaLabel(getTranslation("analysis.overview.grid"));
        grid.addComponentColumn(row -> new Anchor(placeLink.toPlace(row.placeId()), row.name()))
                .setHeader(getTranslation("analysis.overview.place")).setKey(NAME).setSortProperty(NAME)
                .setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> FigureCells.respondents(this, row.figures(), overview.minGroupSize()))
                .setHeader(getTranslation("analysis.overview.respondents")).setKey(RESPONDENTS)
                .setSortProperty(RESPONDENTS).setTextAlign(ColumnTextAlign.END).setWidth("8.5rem").setFlexGrow(0);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(row -> row.latestDialogue() == null ? "–" : date.format(row.latestDialogue()))
                .setHeader(getTranslation("analysis.overview.latest")).setKey(LATEST).setSortProperty(LATEST)
                .setWidth("8rem").setFlexGrow(0);
        Language language = Language.of(getLocale());
        for (Theme theme : Theme.values()) {
            Span header = new Span(questionnaires.themeName(theme, language));
            header.addClassName("heat-header");
            grid.addColumn(row -> FigureCells.median(this, row.figures().cell(theme), minimum))
                    .setHeader(header).setKey(theme.code()).setSortProperty(theme.code())
                    .setPartNameGenerator(row -> FigureCells.heat(row.figures().cell(theme)))
                    .setTextAlign(ColumnTextAlign.CENTER).setWidth("7.5rem").setFlexGrow(0);
        }
        grid.setItems(query -> sorted(query.getSortOrders()).skip(query.getOffset()).limit(query.getLimit()),
                query -> overview.places().size());
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey(NAME), SortDirection.ASCENDING)));
    }

    /** The rows in the order the grid asks for; a place without a figure sorts last either way. */
    private Stream<Overview.PlaceRow> sorted(List<QuerySortOrder> orders) {
        Comparator<Overview.PlaceRow> order = Comparator.comparing(Overview.PlaceRow::name,
                Collator.getInstance(getLocale()));
        if (!orders.isEmpty()) {
            QuerySortOrder first = orders.getFirst();
            boolean descending = first.getDirection() == SortDirection.DESCENDING;
            Comparator<Overview.PlaceRow> chosen = switch (first.getSorted()) {
                case NAME -> descending ? order.reversed() : order;
                case RESPONDENTS -> lastWhenMissing(row -> row.figures().respondents().isPresent()
                        ? (double) row.figures().respondents().getAsLong() : null, descending);
                case LATEST -> lastWhenMissing(row -> row.latestDialogue() == null ? null
                        : (double) row.latestDialogue().toEpochDay(), descending);
                default -> {
                    Theme theme = Theme.valueOf(first.getSorted());
                    yield lastWhenMissing(row -> row.figures().cell(theme).median(), descending);
                }
            };
            order = chosen.thenComparing(order);
        }
        return overview.places().stream().sorted(order);
    }

    private static Comparator<Overview.PlaceRow> lastWhenMissing(
            Function<Overview.PlaceRow, Double> key, boolean descending) {
        Comparator<Double> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(key, Comparator.nullsLast(values));
    }
}
