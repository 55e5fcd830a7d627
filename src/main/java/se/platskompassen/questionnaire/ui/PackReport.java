package se.platskompassen.questionnaire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.LanguagePack;
import se.platskompassen.questionnaire.LanguagePacks;
import se.platskompassen.questionnaire.PackProblem;
import se.platskompassen.questionnaire.PackUploads;
import se.platskompassen.questionnaire.Version;

/**
 * What the check of an uploaded language pack found, in the admin's language: every problem with
 * its key, what is wrong and the Swedish text it translates; or, for a file that passes, what
 * saving it will do, with the button that saves it; then what was saved. Announced as it changes.
 */
class PackReport extends Div {

    private final LanguagePacks packs;

    PackReport(LanguagePacks packs) {
        this.packs = packs;
        addClassName("pack-report");
        getElement().setAttribute("aria-live", "polite");
        setVisible(false);
    }

    void showRefused(String message) {
        start();
        Paragraph refused = new Paragraph(message);
        refused.addClassName("pack-report-summary");
        refused.getElement().setAttribute("role", "alert");
        add(refused);
    }

    void showProblems(Language language, PackUploads.Checked checked) {
        start();
        add(new H2(getTranslation("languages.report.title", LanguageNames.staffName(this, language))));
        Paragraph summary = new Paragraph(getTranslation("languages.report.problems", checked.problems().size()));
        summary.addClassName("pack-report-summary");
        summary.getElement().setAttribute("role", "alert");
        add(summary, problemGrid(language, checked.problems()));
    }

    void showSummary(Language language, PackUploads.Checked checked, Runnable save) {
        start();
        LanguagePack pack = checked.pack();
        add(new H2(getTranslation("languages.report.title", LanguageNames.staffName(this, language))));
        Paragraph passed = new Paragraph(getTranslation("languages.report.passed",
                LanguageNames.names(this, Optional.ofNullable(pack), language),
                pack == null ? "" : LanguageNames.status(this, pack.review())));
        passed.addClassName("pack-report-summary");
        Paragraph changed = new Paragraph(getTranslation("languages.report.changed", checked.changedTexts()));
        changed.addClassName("pack-report-changed");
        add(passed, changed, revisions(checked.revisions(), "languages.report.revisions",
                "languages.report.noRevisions"));
        Button saveButton = new Button(getTranslation("languages.save"), VaadinIcon.CHECK.create(),
                click -> save.run());
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        saveButton.setDisableOnClick(true);
        Button cancel = new Button(getTranslation("common.cancel"), click -> clear());
        Div buttons = new Div(cancel, saveButton);
        buttons.addClassName("pack-report-buttons");
        add(buttons);
    }

    void showSaved(PackUploads.Saved saved) {
        start();
        Paragraph done = new Paragraph(getTranslation("languages.saved",
                LanguageNames.staffName(this, saved.language())));
        done.addClassName("pack-report-summary");
        done.getElement().setAttribute("role", "status");
        add(done, revisions(saved.revisions(), "languages.saved.revisions", "languages.report.noRevisions"));
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    private void start() {
        removeAll();
        setVisible(true);
        scrollIntoView();
    }

    private Div revisions(List<String> ids, String titleKey, String noneKey) {
        Div revisions = new Div();
        revisions.addClassName("pack-report-revisions");
        if (ids.isEmpty()) {
            revisions.add(new Paragraph(getTranslation(noneKey)));
            return revisions;
        }
        UnorderedList list = new UnorderedList();
        for (String id : ids) {
            String[] parts = id.split("/", 2);
            String version = Version.fromId(parts[0]).map(found -> getTranslation("dialogue.version." + found.name()))
                    .orElse(parts[0]);
            list.add(new ListItem(getTranslation("languages.report.revision", version, parts[1])));
        }
        revisions.add(new Paragraph(getTranslation(titleKey)), list);
        return revisions;
    }

    private Grid<PackProblem> problemGrid(Language language, List<PackProblem> problems) {
        Grid<PackProblem> grid = new Grid<>();
        grid.addColumn(PackProblem::key).setHeader(getTranslation("languages.report.key")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(problem -> ProblemText.of(this, problem, language))
                .setHeader(getTranslation("languages.report.what")).setFlexGrow(1);
        grid.addColumn(problem -> packs.swedish().text(problem.key()).orElse(""))
                .setHeader(getTranslation("languages.report.swedish")).setFlexGrow(1);
        grid.setItems(problems);
        grid.setAllRowsVisible(problems.size() <= 20);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("languages.report.problemsLabel"));
        grid.addClassName("pack-problems");
        return grid;
    }
}
