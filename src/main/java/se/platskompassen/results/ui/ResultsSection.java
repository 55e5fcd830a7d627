package se.platskompassen.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Optional;
import org.springframework.context.MessageSource;
import se.platskompassen.base.ui.PublicLinks;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.ui.DialoguePageSection;
import se.platskompassen.organisation.Permission;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.QuestionnaireCatalog;
import se.platskompassen.results.ResultsService;

/** Offers the results panel to the dialogue's page (decision 0022). */
@org.springframework.stereotype.Component
public final class ResultsSection implements DialoguePageSection {

    private final ResultsService results;
    private final QuestionnaireCatalog questionnaires;
    private final PublicLinks links;
    private final TenantAccess access;
    private final MessageSource messages;

    ResultsSection(ResultsService results, QuestionnaireCatalog questionnaires, PublicLinks links,
            TenantAccess access, MessageSource messages) {
        this.results = results;
        this.questionnaires = questionnaires;
        this.links = links;
        this.access = access;
        this.messages = messages;
    }

    @Override
    public Position position() {
        return Position.UNDER_ACTIONS;
    }

    @Override
    public Optional<Component> on(Dialogue dialogue) {
        Language language = Language.of(UI.getCurrent().getLocale());
        return Optional.of(new ResultsPanel(dialogue, results, theme -> questionnaires.themeName(theme, language),
                links, access.may(Permission.RUN_DIALOGUES), messages));
    }
}
