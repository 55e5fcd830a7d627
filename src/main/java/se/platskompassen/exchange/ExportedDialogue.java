package se.platskompassen.exchange;

import se.platskompassen.questionnaire.Version;

/** What an export says about a dialogue on every row: its id, title, place and version. */
record ExportedDialogue(long id, String title, String place, Version version) {
}
