package se.platskompassen.exchange;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.questionnaire.Language;

/**
 * The dialogues an export was asked for, each read from the database once, in the order asked
 * (an id given twice counts once): the dialogues themselves, what every row of the export says
 * about each of them, and the languages whose responses it holds (every language, or only some).
 */
record ExportSelection(List<Dialogue> dialogues, List<ExportedDialogue> rows, Set<Language> languages) {

    ExportSelection {
        dialogues = List.copyOf(dialogues);
        rows = List.copyOf(rows);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one language");
        }
        languages = Set.copyOf(EnumSet.copyOf(languages));
    }

    int size() {
        return rows.size();
    }

    /** Whether only the responses of some languages are exported. */
    boolean narrowsLanguages() {
        return languages.size() < Language.values().length;
    }
}
