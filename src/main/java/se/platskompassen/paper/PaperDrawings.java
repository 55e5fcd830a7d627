package se.platskompassen.paper;

import static se.platskompassen.paper.PaperLayout.BOX;

import java.awt.Color;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import se.platskompassen.base.PdfStyle;

/** What the paper form draws into its cells: boxes to tick, lines to write on, and the children's faces. */
final class PaperDrawings {

    /** The fill of the drawn faces: the same warm yellow as the faces on screen. */
    static final Color FACE = new Color(0xf2, 0xb1, 0x34);
    static final Color FACE_LINE = new Color(0x26, 0x32, 0x38);
    static final Color CHEEK = new Color(0xec, 0x9a, 0x6e);

    private PaperDrawings() {
    }

    /** A box to tick, at the top of its cell: at the start of its line (left, or right when right to left) or centred. */
    record Box(Place place, float below) implements PdfPCellEvent {

        enum Place { TOP_START, TOP_CENTER }

        Box(Place place) {
            this(place, 0);
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            boolean rightToLeft = cell.getRunDirection() == PdfWriter.RUN_DIRECTION_RTL;
            float x = switch (place) {
                case TOP_START -> rightToLeft ? position.getRight() - BOX : position.getLeft();
                case TOP_CENTER -> position.getLeft() + (position.getWidth() - BOX) / 2;
            };
            float y = position.getTop() - below - BOX;
            box(canvases[PdfPTable.LINECANVAS], x, y);
        }
    }

    private static void box(PdfContentByte canvas, float x, float y) {
        canvas.saveState();
        canvas.setColorStroke(PdfStyle.INK);
        canvas.setLineWidth(1.2f);
        canvas.rectangle(x, y, BOX, BOX);
        canvas.stroke();
        canvas.restoreState();
    }

    /** Writing lines at the bottom of a comment cell. */
    static final class Lines implements PdfPCellEvent {

        static final int COUNT = 3;
        static final float SPACING = 22;

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
            canvas.saveState();
            canvas.setColorStroke(PdfStyle.RULE);
            canvas.setLineWidth(0.6f);
            for (int line = 0; line < COUNT; line++) {
                float y = position.getBottom() + 2 + line * SPACING;
                canvas.moveTo(position.getLeft(), y);
                canvas.lineTo(position.getRight(), y);
            }
            canvas.stroke();
            canvas.restoreState();
        }
    }

    /** A drawn face over a box: sad, in between or happy, as on the child version's screens. */
    record Face(Mood mood) implements PdfPCellEvent {

        static final float SIZE = 44;

        enum Mood {
            SAD, IN_BETWEEN, HAPPY;

            static Mood of(int index, int steps) {
                if (index == 0) {
                    return SAD;
                }
                return index == steps - 1 ? HAPPY : IN_BETWEEN;
            }
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
            float centreX = position.getLeft() + position.getWidth() / 2;
            float top = position.getTop();
            face(canvas, centreX, top - SIZE / 2, SIZE / 2);
            box(canvas, centreX - BOX / 2, top - SIZE - 8 - BOX);
        }

        /** Drawn on a 120-unit square like the face pictures, scaled to the radius. */
        private void face(PdfContentByte canvas, float cx, float cy, float radius) {
            float unit = radius / 60;
            canvas.saveState();
            canvas.setColorFill(FACE);
            canvas.setColorStroke(FACE_LINE);
            canvas.setLineWidth(4 * unit);
            canvas.circle(cx, cy, 56 * unit);
            canvas.fillStroke();
            if (mood == Mood.HAPPY) {
                canvas.setColorFill(CHEEK);
                canvas.circle(cx - 33 * unit, cy - 6 * unit, 7 * unit);
                canvas.circle(cx + 33 * unit, cy - 6 * unit, 7 * unit);
                canvas.fill();
            }
            canvas.setColorFill(FACE_LINE);
            canvas.circle(cx - 18 * unit, cy + 6 * unit, 7 * unit);
            canvas.circle(cx + 18 * unit, cy + 6 * unit, 7 * unit);
            canvas.fill();
            canvas.setLineWidth(7 * unit);
            canvas.setLineCap(PdfContentByte.LINE_CAP_ROUND);
            switch (mood) {
                case SAD -> {
                    canvas.moveTo(cx - 22 * unit, cy - 32 * unit);
                    canvas.curveTo(cx - 10 * unit, cy - 18 * unit, cx + 10 * unit, cy - 18 * unit,
                            cx + 22 * unit, cy - 32 * unit);
                    canvas.moveTo(cx - 30 * unit, cy + 18 * unit);
                    canvas.lineTo(cx - 14 * unit, cy + 24 * unit);
                    canvas.moveTo(cx + 30 * unit, cy + 18 * unit);
                    canvas.lineTo(cx + 14 * unit, cy + 24 * unit);
                }
                case IN_BETWEEN -> {
                    canvas.moveTo(cx - 20 * unit, cy - 24 * unit);
                    canvas.lineTo(cx + 20 * unit, cy - 24 * unit);
                }
                case HAPPY -> {
                    canvas.moveTo(cx - 26 * unit, cy - 12 * unit);
                    canvas.curveTo(cx - 12 * unit, cy - 36 * unit, cx + 12 * unit, cy - 36 * unit,
                            cx + 26 * unit, cy - 12 * unit);
                }
            }
            canvas.stroke();
            canvas.restoreState();
        }
    }
}
