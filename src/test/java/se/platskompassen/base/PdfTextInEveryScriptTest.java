package se.platskompassen.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import se.platskompassen.testing.PdfGlyphs;
import se.platskompassen.testing.ScriptSamples;

/**
 * Text in every script of the language packs prints as real glyphs of embedded fonts, and
 * right-to-left text is shaped (joined letters) and ordered so that a reader extracts it as it was
 * written.
 */
class PdfTextInEveryScriptTest {

    @Test
    void table_cells_print_every_script_with_real_glyphs_and_shape_arabic_and_persian() throws IOException {
        var bytes = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, bytes);
        document.open();
        PdfPTable table = new PdfPTable(1);
        for (String sample : ScriptSamples.ALL.values()) {
            table.addCell(PdfStyle.ruledCell(sample, PdfStyle.font(PdfFonts.REGULAR, 12, PdfStyle.INK)));
            table.addCell(PdfStyle.ruledCell(sample, PdfStyle.font(PdfFonts.BOLD, 12, PdfStyle.INK)));
        }
        document.add(table);
        document.close();

        Files.createDirectories(Path.of("target", "pdf-scripts"));
        Files.write(Path.of("target", "pdf-scripts", "cells.pdf"), bytes.toByteArray());
        PdfGlyphs glyphs = PdfGlyphs.of(bytes.toByteArray());
        assertThat(glyphs.text()).contains(ScriptSamples.extracted());
        assertThat(glyphs.notdef()).as("boxes instead of letters").isZero();
        assertThat(glyphs.unmapped()).as("glyphs without a character").isZero();
        assertThat(glyphs.notEmbedded()).isEmpty();
        assertThat(glyphs.fonts()).contains("DejaVuSans", "DejaVuSans-Bold", "NotoSansArabic-Regular",
                "NotoSansArabic-Bold", "NotoSansEthiopic-Regular", "NotoSansEthiopic-Bold");
        assertThat(glyphs.hasArabicPresentationForms()).as("Arabic letters joined").isTrue();
        assertThat(glyphs.hasUnshapedArabicLetters()).as("Arabic letters left unjoined").isFalse();
    }
}
