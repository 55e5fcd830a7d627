package se.platskompassen.questionnaire.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.base.ui.StaffPage;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Questionnaire;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.questionnaire.Version;

/**
 * The questionnaire revisions this installation asks, each with its themes and questions and its
 * data file to download as JSON, byte for byte, so that the network can share and compare
 * versions and check a file against the hash that exported responses carry. Not any
 * organisation's data: every signed-in staff member, network admins too, may see it.
 */
@PermitAll
@Route(value = "questionnaires", layout = MainLayout.class)
@Menu(order = 70, title = "nav.questionnaires", icon = "vaadin:clipboard-text")
public class QuestionnairesView extends StaffPage {

    private static final int SHORT_HASH = 12;

    public QuestionnairesView(QuestionnaireCatalog catalog) {
        addClassName("questionnaires-view");
        setHeading(getTranslation("questionnaires.heading"));
        setLead(getTranslation("questionnaires.lead"));
        Language language = Language.of(getLocale());
        List<Questionnaire> revisions = catalog.all().stream()
                .sorted(Comparator.comparing(Questionnaire::version).thenComparing(Questionnaire::revision,
                        Comparator.reverseOrder()))
                .toList();
        for (Questionnaire questionnaire : revisions) {
            boolean current = catalog.current(questionnaire.version()).id().equals(questionnaire.id());
            addContent(card(catalog, questionnaire, current, language));
        }
    }

    private Div card(QuestionnaireCatalog catalog, Questionnaire questionnaire, boolean current, Language language) {
        Version version = questionnaire.version();
        H2 title = new H2(getTranslation("questionnaires.title", getTranslation("dialogue.version." + version.name()),
                questionnaire.revision()));
        Span state = new Span(getTranslation(current ? "questionnaires.current" : "questionnaires.older"));
        state.addClassName(current ? "questionnaire-current" : "questionnaire-older");
        String languages = questionnaire.texts().keySet().stream().sorted()
                .map(each -> LanguageNames.staffName(this, each))
                .collect(Collectors.joining(", "));
        Paragraph facts = new Paragraph(getTranslation("questionnaires.facts", questionnaire.texts(language).title(),
                version.scale().min(), version.scale().max(), languages));
        Span hash = new Span(getTranslation("questionnaires.hash",
                questionnaire.hash().substring(0, SHORT_HASH)));
        hash.getElement().setAttribute("title", questionnaire.hash());
        hash.addClassName("questionnaire-hash");
        Div card = new Div(title, state, facts, hash);
        catalog.dataFile(questionnaire.id()).ifPresent(bytes -> card.add(download(questionnaire, bytes)));
        card.add(questions(questionnaire, language));
        card.addClassName("questionnaire-card");
        return card;
    }

    private Anchor download(Questionnaire questionnaire, byte[] bytes) {
        String fileName = "platskompassen-" + questionnaire.version().id() + "-" + questionnaire.revision() + ".json";
        Anchor download = new Anchor();
        download.setText(getTranslation("questionnaires.download", questionnaire.id()));
        download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), fileName, "application/json", bytes.length)), AttachmentType.DOWNLOAD);
        download.addClassName("questionnaire-download");
        return download;
    }

    private Details questions(Questionnaire questionnaire, Language language) {
        OrderedList themes = new OrderedList();
        for (Theme theme : Theme.values()) {
            var text = questionnaire.text(theme, language);
            Span name = new Span(text.name());
            name.addClassName("questionnaire-theme");
            themes.add(new ListItem(name, new Paragraph(text.question())));
        }
        Details details = new Details(getTranslation("questionnaires.questions"), themes);
        details.addClassName("questionnaire-questions");
        return details;
    }
}
