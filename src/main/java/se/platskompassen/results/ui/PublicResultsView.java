package se.platskompassen.results.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import se.platskompassen.base.ui.PageLanguage;
import se.platskompassen.base.ui.ResidentPage;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.response.ui.ReadAloud;
import se.platskompassen.results.PublicResults;
import se.platskompassen.results.ResultsService;

/**
 * "Vad vi hörde – vad vi gör" for anyone, no sign-in: a dialogue's published results at
 * {@code /r/{code}}, in each language the dialogue offered ({@code ?lang=ar} or the buttons at the
 * top), right to left in Arabic and Persian, with "Läs upp" for those who cannot read it
 * ({@link ResultsReading}). Without the staff layout, so a phone on the street
 * loads little. An unknown code and unpublished results get the same friendly page, so it tells
 * nobody whether a code exists.
 */
@Route("r/:code")
@AnonymousAllowed
class PublicResultsView extends ResidentPage implements BeforeEnterObserver, HasDynamicTitle {

    private final ResultsService results;
    private final QuestionnaireCatalog questionnaires;
    private String title = "Platskompassen";

    PublicResultsView(ResultsService results, QuestionnaireCatalog questionnaires) {
        this.results = results;
        this.questionnaires = questionnaires;
        addClassNames("public-results-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        Optional<PublicResults> published = results.published(code);
        Optional<Language> asked = event.getLocation().getQueryParameters().getSingleParameter("lang")
                .flatMap(Language::fromCode);
        UI ui = event.getUI();
        if (published.isEmpty()) {
            asked.ifPresent(language -> PageLanguage.set(ui, language));
            showNothing();
            return;
        }
        PublicResults shown = published.get();
        Language language = asked.or(() -> Optional.of(PageLanguage.of(ui)))
                .filter(shown.languages()::contains)
                .orElse(shown.languages().contains(Language.SV) ? Language.SV : shown.languages().iterator().next());
        show(shown, language, ui);
    }

    private void show(PublicResults shown, Language language, UI ui) {
        PageLanguage.set(ui, language);
        removeAllButBrand();
        title = getTranslation("results.page.title", shown.placeName());
        ui.getPage().setTitle(getPageTitle());
        Div card = card();
        card.addClassName("results-card");
        ResultsContent content = new ResultsContent(shown, theme -> questionnaires.themeName(theme, language),
                language);
        ReadAloud readAloud = new ReadAloud();
        readAloud.showParts(language.locale(), ResultsReading.of(content));
        if (shown.languages().size() > 1) {
            content.addAfterHeading(languageChoice(shown, language, ui));
        }
        content.addAfterHeading(readAloud);
        card.add(content);
        add(card);
    }

    private Div languageChoice(PublicResults shown, Language current, UI ui) {
        Div choice = new Div();
        choice.addClassName("language-choice");
        choice.getElement().setAttribute("role", "group");
        choice.getElement().setAttribute("aria-label", getTranslation("flow.language"));
        for (Language language : List.copyOf(shown.languages())) {
            Button button = new Button(getTranslation(language.locale(), "language.name"),
                    click -> show(shown, language, ui));
            button.getElement().setAttribute("lang", language.code());
            button.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            button.getElement().setAttribute("aria-pressed", String.valueOf(language == current));
            if (language == current) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            }
            choice.add(button);
        }
        return choice;
    }

    private void showNothing() {
        removeAllButBrand();
        title = getTranslation("results.unknown.title");
        add(card(new H1(title), new Paragraph(getTranslation("results.unknown.text"))));
    }

    /** Everything but the product name on top, which {@link ResidentPage} adds once. */
    private void removeAllButBrand() {
        getChildren().skip(1).toList().forEach(this::remove);
    }

    @Override
    public String getPageTitle() {
        return title + " – Platskompassen";
    }
}
