package se.platskompassen.analysis.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.platskompassen.analysis.AnalysisService;
import se.platskompassen.analysis.Comparison;
import se.platskompassen.analysis.Filter;
import se.platskompassen.analysis.Series;
import se.platskompassen.analysis.SeriesFigures;
import se.platskompassen.population.PopulationService;
import se.platskompassen.population.ui.ComparisonRepresentation;
import se.platskompassen.population.ui.ComparisonWeighting;
import se.platskompassen.base.NotFoundException;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.base.ui.ReportDownload;
import se.platskompassen.base.ui.StaffPage;
import se.platskompassen.compass.CompassAxis;
import se.platskompassen.compass.CompassChart;
import se.platskompassen.compass.CompassSeries;
import se.platskompassen.compass.ui.CompassView;
import se.platskompassen.organisation.Role;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.report.ReportService;

/**
 * Up to four series — places, dialogues, years, background groups, versions — on one compass
 * and side by side in a table, within the filters. The address keeps the chosen series
 * ({@code compare?s=place:12&s=year:2025}); ids in it are looked up in the member's own
 * organisation only, and one that is not found there is left out. The comparison as shown
 * downloads as a PDF report.
 */
@Route(value = "compare", layout = MainLayout.class)
@Menu(order = 40, title = "nav.compare", icon = "vaadin:split")
@RolesAllowed({Role.ORGANISATION_ADMIN_NAME, Role.FACILITATOR_NAME, Role.ANALYST_NAME})
class CompareView extends StaffPage implements BeforeEnterObserver {

    static final String SERIES = "s";

    private final AnalysisService analysis;
    private final ReportService reports;
    private final List<String> themeNames = new ArrayList<>();
    private final CompassView compass = new CompassView();
    private final ComparisonTable table = new ComparisonTable();
    private final Paragraph scaleNote = new Paragraph();
    private final Paragraph groupNote = new Paragraph();
    private final ReportDownload report;
    private FilterBar filters;
    private SeriesPicker picker;
    private final ComparisonWeighting weighting;
    private final ComparisonRepresentation representation;

    CompareView(AnalysisService analysis, ReportService reports, QuestionnaireCatalog questionnaires,
            PopulationService population) {
        this.weighting = new ComparisonWeighting(population, this::refresh);
        this.representation = new ComparisonRepresentation(population);
        this.analysis = analysis;
        this.reports = reports;
        addClassName("analysis-page");
        setHeading(getTranslation("analysis.compare.title"));
        setLead(getTranslation("analysis.compare.lead"));
        Language language = Language.of(getLocale());
        for (Theme theme : Theme.values()) {
            themeNames.add(questionnaires.themeName(theme, language));
        }
        scaleNote.addClassName("analysis-note");
        groupNote.addClassName("analysis-summary");
        filters = new FilterBar(Filter.DEFAULT, filter -> refresh());
        report = new ReportDownload(getTranslation("report.download.compareLead"), List.of(),
                reportOf(Filter.DEFAULT, List.of(new Series.Everyone())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Series> chosen = new ArrayList<>();
        for (String token : event.getLocation().getQueryParameters().getParameters().getOrDefault(SERIES, List.of())) {
            Series.parse(token).filter(series -> !chosen.contains(series)).ifPresent(chosen::add);
        }
        if (chosen.isEmpty()) {
            chosen.add(new Series.Everyone());
        }
        clearContent();
        List<Series> wanted = chosen.subList(0, Math.min(chosen.size(), AnalysisService.MAX_SERIES));
        picker = new SeriesPicker(analysis.choices(), wanted, series -> refresh());
        if (picker.leftOut > 0) {
            notifyError(getTranslation("analysis.compare.notFound"));
        }
        addContent(filters, new H2(getTranslation("analysis.compare.series")), picker, scaleNote,
                new H2(getTranslation("analysis.compare.compass")), groupNote, weighting, compass,
                new H2(getTranslation("analysis.compare.tableTitle")), table, representation, report);
        refresh();
    }

    private void refresh() {
        List<Series> series = new ArrayList<>(picker.value());
        Comparison comparison;
        try {
            comparison = analysis.compare(filters.value(), series);
        } catch (NotFoundException e) {
            notifyError(getTranslation("analysis.compare.notFound"));
            comparison = analysis.compare(filters.value(), List.of(new Series.Everyone()));
        } catch (IllegalArgumentException e) {
            return;
        }
        List<String> labels = new ArrayList<>();
        List<CompassSeries> shapes = new ArrayList<>();
        for (SeriesFigures figures : comparison.series()) {
            String label = SeriesLabels.label(this, figures.series(), figures.name());
            labels.add(label);
            shapes.add(comparison.normalised() ? CompassSeries.groupNormalised(label, figures.figures().figures())
                    : CompassSeries.group(label, figures.figures().figures()));
        }
        CompassAxis axis = comparison.normalised() ? CompassAxis.normalised()
                : CompassAxis.of(comparison.series().getFirst().figures().scale());
        CompassChart.Words words = new CompassChart.Words(getTranslation("analysis.compare.chartTitle",
                String.join(", ", labels)), getTranslation("analysis.compare.noAnswerOrHidden",
                comparison.minGroupSize()), getTranslation("compass.band"));
        compass.show(new CompassChart(axis, themeNames, weighting.shapes(shapes, comparison.series(), labels,
                comparison.normalised()), words));
        table.show(comparison, labels, themeNames, getLocale());
        representation.show(comparison.series(), labels);
        scaleNote.setText(comparison.normalised() ? getTranslation("analysis.compare.normalisedNote") : "");
        scaleNote.setVisible(comparison.normalised());
        groupNote.setText(getTranslation("analysis.compare.smallGroups", comparison.minGroupSize()));
        report.setReport(reportOf(filters.value(), comparison.series().stream().map(SeriesFigures::series).toList()));
        remember(comparison);
    }

    /** The PDF report of exactly this comparison: the same filter and series, the rule applied alike. */
    private ReportDownload.Report reportOf(Filter filter, List<Series> series) {
        ReportService service = reports;
        return (locale, target) -> service.comparisonReport(filter, series, locale, target);
    }

    /** Keeps the chosen series in the address, so that the comparison can be bookmarked and shared. */
    private void remember(Comparison comparison) {
        List<String> tokens = comparison.series().stream().map(figures -> Series.token(figures.series())).toList();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("compare", new QueryParameters(Map.of(SERIES, tokens)))));
    }
}
