package se.platskompassen.base;

import java.awt.ComponentOrientation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ArabicLigaturizer;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Text in any script of the language packs, set for OpenPDF: a phrase in runs of one font each
 * (the script's font from {@link PdfFonts}, so no letter prints as a box), and the direction a
 * text or a language runs in. OpenPDF shapes Arabic and Persian (joined letters, the lam-alef
 * ligature) and orders right-to-left runs by the Unicode bidirectional algorithm wherever a run
 * direction is set: in table cells and {@code ColumnText}, and for paragraphs in a
 * {@link DirectedDocument} (docs/decisions/0031).
 */
public final class PdfText {

    /** The shaping options every cell and column uses: the lam-alef ligatures Arabic script requires. */
    public static final int ARABIC_OPTIONS = ArabicLigaturizer.ar_lig;

    private PdfText() {
    }

    /** The text as a phrase with lines {@code leading} points apart, each letter in a font that has it. */
    public static Phrase phrase(float leading, String text, Font font) {
        Phrase phrase = new Phrase(leading, "", font);
        for (Run run : runs(text, font.getBaseFont())) {
            phrase.add(new Chunk(run.text(), new Font(run.font(), font.getSize(), font.getStyle(), font.getColor())));
        }
        return phrase;
    }

    /** The text as a phrase with OpenPDF's usual leading, each letter in a font that has it. */
    public static Phrase phrase(String text, Font font) {
        return phrase(Float.NaN, text, font);
    }

    /**
     * The direction a text of its own runs in, as browsers do with {@code dir="auto"}: right to
     * left when its first letter with a direction is Arabic, Persian or Hebrew, otherwise left to right.
     */
    public static int direction(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            byte type = Character.getDirectionality(c);
            if (type == Character.DIRECTIONALITY_RIGHT_TO_LEFT || type == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return PdfWriter.RUN_DIRECTION_RTL;
            }
            if (type == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return PdfWriter.RUN_DIRECTION_LTR;
            }
        }
        return PdfWriter.RUN_DIRECTION_LTR;
    }

    /**
     * An address or code kept in its own left-to-right order inside a text that may run right to
     * left: the bidirectional algorithm would otherwise move its parts around its slashes and
     * colons. It is wrapped in a left-to-right embedding (U+202A … U+202C), whose marks OpenPDF
     * orders by and prints as nothing.
     */
    public static String leftToRight(String text) {
        return "\u202A" + text + "\u202C";
    }

    /** Whether the text has a letter with a direction at all (a number or a dash alone has none). */
    public static boolean hasDirection(String text) {
        return text.codePoints().anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_LEFT_TO_RIGHT
                || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
    }

    /** The direction pages in a language run in: right to left for Arabic and Persian, as the JDK knows them. */
    public static int direction(Locale locale) {
        return ComponentOrientation.getOrientation(locale).isLeftToRight() ? PdfWriter.RUN_DIRECTION_LTR
                : PdfWriter.RUN_DIRECTION_RTL;
    }

    /** Part of a text set in one font. */
    record Run(String text, BaseFont font) {
    }

    /**
     * The text cut where the font changes: a letter of a script with a font of its own (Arabic,
     * Ethiopic) in that font, any other letter in {@code base}; spaces, digits, punctuation and
     * marks in the font of the letter before them (or after them, at the start), so that a word
     * and its marks stay in one font; a character the chosen font lacks in the first font that has it.
     */
    static List<Run> runs(String text, BaseFont base) {
        int[] letters = text.codePoints().toArray();
        BaseFont[] fonts = new BaseFont[letters.length];
        for (int i = 0; i < letters.length; i++) {
            fonts[i] = PdfFonts.ownsScript(letters[i]) ? PdfFonts.forLetter(letters[i], base) : null;
        }
        BaseFont previous = null;
        for (int i = 0; i < letters.length; i++) {
            if (fonts[i] != null) {
                previous = fonts[i];
                continue;
            }
            BaseFont around = previous != null ? previous : next(fonts, i);
            fonts[i] = around != null && (letters[i] == '\n' || around.charExists(letters[i])) ? around : base;
        }
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        BaseFont current = null;
        for (int i = 0; i < letters.length; i++) {
            BaseFont font = letters[i] == '\n' ? fonts[i] : fallback(letters[i], fonts[i]);
            if (current != null && font != current) {
                runs.add(new Run(run.toString(), current));
                run.setLength(0);
            }
            current = font;
            run.appendCodePoint(letters[i]);
        }
        if (current != null) {
            runs.add(new Run(run.toString(), current));
        }
        return runs;
    }

    private static BaseFont next(BaseFont[] fonts, int from) {
        for (int i = from + 1; i < fonts.length; i++) {
            if (fonts[i] != null) {
                return fonts[i];
            }
        }
        return null;
    }

    private static BaseFont fallback(int letter, BaseFont chosen) {
        if (chosen.charExists(letter)) {
            return chosen;
        }
        for (BaseFont other : List.of(PdfFonts.REGULAR, PdfFonts.ARABIC, PdfFonts.ETHIOPIC)) {
            if (other.charExists(letter)) {
                return other;
            }
        }
        return chosen;
    }
}
