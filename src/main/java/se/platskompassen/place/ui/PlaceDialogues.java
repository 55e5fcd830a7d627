package se.platskompassen.place.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.Map;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.ui.DialogueLinks;
import se.platskompassen.response.ResponseCounts;

/** The dialogues at a place, newest first, each title a link to the dialogue's own page. */
class PlaceDialogues extends Grid<Dialogue> {

    PlaceDialogues(List<Dialogue> dialogues, Map<Long, ResponseCounts> counts) {
        addClassName("place-dialogues");
        addComponentColumn(dialogue -> new Anchor(DialogueLinks.dialogue(dialogue.id()), dialogue.title()))
                .setHeader(getTranslation("places.dialogue.title")).setKey("title").setFlexGrow(2);
        addColumn(dialogue -> getTranslation("places.version." + dialogue.version().name()))
                .setHeader(getTranslation("places.dialogue.version")).setKey("version").setAutoWidth(true);
        addColumn(dialogue -> getTranslation("places.status." + dialogue.status().name()))
                .setHeader(getTranslation("places.dialogue.status")).setKey("status").setAutoWidth(true);
        addColumn(Dialogue::joinCode).setHeader(getTranslation("places.dialogue.code")).setKey("code")
                .setAutoWidth(true);
        addColumn(dialogue -> counts.getOrDefault(dialogue.id(), new ResponseCounts(0, 0)).started())
                .setHeader(getTranslation("places.dialogue.responses")).setKey("responses").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        setItems(dialogues);
        setAllRowsVisible(true);
        setAriaLabel(getTranslation("places.place.dialogues"));
    }
}
