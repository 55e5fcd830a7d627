package se.platskompassen.exchange;

import java.util.List;
import se.platskompassen.dialogue.Dialogue;

/**
 * The dialogues an export was asked for, each read from the database once, in the order asked
 * (an id given twice counts once): the dialogues themselves, and what every row of the export
 * says about each of them.
 */
record ExportSelection(List<Dialogue> dialogues, List<ExportedDialogue> rows) {

    ExportSelection {
        dialogues = List.copyOf(dialogues);
        rows = List.copyOf(rows);
    }

    int size() {
        return rows.size();
    }
}
