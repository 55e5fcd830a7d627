package se.platskompassen.live.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import se.platskompassen.figures.Figures;
import se.platskompassen.figures.ScoreCounts;
import se.platskompassen.figures.ThemeFigures;
import se.platskompassen.questionnaire.Scale;
import se.platskompassen.questionnaire.Theme;

/**
 * How many chose each step of the scale for one theme, as bars with their numbers written out
 * (so the figures do not depend on seeing the bars), and the median.
 */
class Distribution extends Composite<Div> {

    Distribution() {
        getContent().addClassName("distribution");
    }

    /** {@code stepNames}: a word for each step where the version has them (the child faces), else empty. */
    void show(ScoreCounts counts, Theme theme, boolean enoughAnswers, int minAnswers, List<String> stepNames,
            Locale locale) {
        getContent().removeAll();
        if (!enoughAnswers) {
            Paragraph wait = new Paragraph(getTranslation("discuss.distribution.wait", minAnswers));
            wait.addClassName("distribution-wait");
            getContent().add(wait);
            return;
        }
        Scale scale = counts.scale();
        long most = 1;
        for (int score = scale.min(); score <= scale.max(); score++) {
            most = Math.max(most, counts.count(theme, score));
        }
        Div bars = new Div();
        bars.addClassName("distribution-bars");
        bars.getElement().setAttribute("role", "list");
        for (int score = scale.max(); score >= scale.min(); score--) {
            bars.add(bar(score, counts.count(theme, score), most, stepNames, scale));
        }
        ThemeFigures figures = Figures.of(counts).theme(theme);
        Paragraph summary = new Paragraph(getTranslation("discuss.distribution.summary", counts.answered(theme),
                Figures.format(figures.median(), locale), counts.skipped(theme)));
        summary.addClassName("distribution-summary");
        getContent().add(bars, summary);
    }

    private Div bar(int score, long count, long most, List<String> stepNames, Scale scale) {
        String name = stepNames.size() == scale.steps() ? stepNames.get(score - scale.min()) : "";
        Span label = new Span(name.isEmpty() ? String.valueOf(score) : score + " – " + name);
        label.addClassName("bar-label");
        Div fill = new Div();
        fill.addClassName("bar-fill");
        fill.getStyle().set("width", (100.0 * count / most) + "%");
        Div track = new Div(fill);
        track.addClassName("bar-track");
        Span value = new Span(String.valueOf(count));
        value.addClassName("bar-value");
        Div row = new Div(label, track, value);
        row.addClassName("bar");
        row.getElement().setAttribute("role", "listitem");
        row.getElement().setAttribute("aria-label", getTranslation("discuss.distribution.bar",
                label.getText(), count));
        return row;
    }
}
