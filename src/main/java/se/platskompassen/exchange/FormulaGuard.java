package se.platskompassen.exchange;

import org.jspecify.annotations.Nullable;

/**
 * Keeps free text in CSV and XLSX cells from being run as a formula by a spreadsheet: a cell that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading apostrophe. So that an import gives back exactly what was exported, a text that already
 * starts with apostrophes followed by one of those characters gets one more, and the import takes
 * exactly one away.
 */
final class FormulaGuard {

    private FormulaGuard() {
    }

    static @Nullable String neutralise(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return triggers(text, 0) ? "'" + text : text;
    }

    /** The text as it was before {@link #neutralise}: one guarding apostrophe taken away. */
    static @Nullable String restore(@Nullable String cell) {
        if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') {
            return cell;
        }
        return triggers(cell, 1) ? cell.substring(1) : cell;
    }

    /** Whether the text from {@code from} on is any number of apostrophes and then a trigger character. */
    private static boolean triggers(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        return switch (text.charAt(i)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
