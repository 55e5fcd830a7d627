package se.platskompassen.results.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import se.platskompassen.base.ui.PublicLinks;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.ui.PosterDownloads;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.results.PublicResults;
import se.platskompassen.results.ResultsPoster;
import se.platskompassen.results.ResultsService;

/**
 * The results page on the dialogue's own page: whether it is public and at which address,
 * publishing and unpublishing, choosing the comments it shows, a preview that is the public
 * page's own component, and the A4 poster. Those who only read results see the state and the
 * preview.
 */
class ResultsPanel extends Composite<Div> {

    private final Dialogue dialogue;
    private final ResultsService results;
    private final Function<Theme, String> themeName;
    private final String address;
    private final boolean mayRun;
    private final Div state = new Div();
    private final Div buttons = new Div();
    private final Paragraph said = new Paragraph();

    ResultsPanel(Dialogue dialogue, ResultsService results, Function<Theme, String> themeName, PublicLinks links,
            boolean mayRun, MessageSource messages) {
        this.dialogue = dialogue;
        this.results = results;
        this.themeName = themeName;
        this.address = links.results(dialogue.joinCode());
        this.mayRun = mayRun;
        getContent().addClassName("results-panel");
        state.addClassName("results-state");
        buttons.addClassName("results-buttons");
        said.addClassName("results-said");
        said.getElement().setAttribute("role", "status");
        Paragraph lead = new Paragraph(getTranslation("results.staff.lead"));
        lead.addClassName("hint");
        getContent().add(new H2(getTranslation("results.staff.heading")), lead, state, buttons,
                posters(links, messages), said);
        refresh();
    }

    private void refresh() {
        boolean published = results.isPublished(dialogue);
        int chosen = results.chosen(dialogue).size();
        state.removeAll();
        Paragraph status = new Paragraph(getTranslation(published ? "results.staff.published"
                : "results.staff.notPublished"));
        status.addClassName(published ? "results-published" : "results-unpublished");
        Anchor link = new Anchor(address, address, AnchorTarget.BLANK);
        link.addClassName("results-address");
        Div where = new Div(new Paragraph(getTranslation("results.staff.address")), link);
        where.addClassName("results-where");
        state.add(status, where, new Paragraph(getTranslation("results.staff.comments.count", chosen)));
        buttons.removeAll();
        if (mayRun) {
            Button toggle = new Button(getTranslation(published ? "results.staff.unpublish" : "results.staff.publish"),
                    click -> {
                        if (published) {
                            results.unpublish(dialogue);
                        } else {
                            results.publish(dialogue);
                        }
                        refresh();
                        say(getTranslation(published ? "results.staff.unpublished.done" : "results.staff.published.done"));
                    });
            toggle.addThemeVariants(published ? ButtonVariant.ERROR : ButtonVariant.PRIMARY);
            buttons.add(toggle, new Button(getTranslation("results.staff.comments"),
                    click -> new CommentChoiceDialog(dialogue, results, themeName, taken -> {
                        refresh();
                        say(getTranslation("results.staff.comments.saved", taken));
                    }).open()));
        }
        buttons.add(new Button(getTranslation("results.staff.preview"), click -> preview()));
    }

    private void say(String message) {
        said.setText(message);
    }

    /** The public page's own component, with the data the public would get. */
    private void preview() {
        PublicResults shown = results.preview(dialogue);
        Dialog preview = new Dialog(getTranslation("results.staff.preview.title"));
        preview.addClassName("results-preview");
        preview.setWidth("min(40rem, 95vw)");
        Div frame = new Div(new ResultsContent(shown, themeName, Language.of(getLocale())));
        frame.addClassNames("resident-card", "results-card");
        preview.add(frame);
        preview.getFooter().add(new Button(getTranslation("results.staff.preview.close"), click -> preview.close()));
        preview.open();
    }

    /** Each poster's QR code opens the public page in the poster's language. */
    private PosterDownloads posters(PublicLinks links, MessageSource messages) {
        Map<Language, String> addresses = new EnumMap<>(Language.class);
        dialogue.languages().forEach(language -> addresses.put(language, links.results(dialogue.joinCode(), language)));
        return new PosterDownloads("results.staff.poster", "results.staff.poster.in", "results-poster", "resultat",
                dialogue.joinCode(), dialogue.languages(), language -> ResultsPoster.pdf(
                        new PosterTexts(messages, language).of(results.preview(dialogue), addresses.get(language))));
    }
}
