package se.platskompassen.compass;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import ar.com.hjg.pngj.FilterType;
import ar.com.hjg.pngj.ImageInfo;
import ar.com.hjg.pngj.ImageLineByte;
import ar.com.hjg.pngj.PngWriter;
import ar.com.hjg.pngj.chunks.PngChunkPLTE;
import java.awt.image.DataBufferByte;

/**
 * The compass as SVG for the screen (sharp at any size, selectable text, a title for screen
 * readers), as PNG for documents, or drawn onto any {@link Graphics2D}, such as a PDF page.
 */
public final class CompassImages {

    private CompassImages() {
    }

    /** The width of the drawing in its own units; the height follows from the legend. */
    public static double width() {
        return CompassLayout.WIDTH;
    }

    public static double height(CompassChart chart) {
        return new CompassLayout(chart).height;
    }

    /** An {@code <svg>} element that scales to the width of its container, named by the chart's title. */
    public static String svg(CompassChart chart) {
        return svg(chart, CompassText.PAGE, chart.words().title());
    }

    /**
     * An {@code <svg>} element with words sized for where it is read; {@code accessibleName} is
     * what a screen reader says for the whole chart (the title stays the tooltip).
     */
    public static String svg(CompassChart chart, CompassText text, String accessibleName) {
        return new CompassSvg(new CompassLayout(chart, text), accessibleName).write();
    }

    /**
     * A PNG on white, {@code scale} times the drawing's own size (2 for sharp print). The image
     * has a palette of the compass's own colours and their blends with white, which keeps
     * antialiasing smooth while the file is a third of a full-colour one to compress.
     */
    public static byte[] png(CompassChart chart, double scale) {
        CompassLayout layout = new CompassLayout(chart);
        int width = (int) Math.ceil(CompassLayout.WIDTH * scale);
        int height = (int) Math.ceil(layout.height * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, PALETTE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_DITHERING, RenderingHints.VALUE_DITHER_DISABLE);
            g.setPaint(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            new CompassPainter(layout).paint(g);
        } finally {
            g.dispose();
        }
        return encodePng(image);
    }

    /** Draws the compass with its top-left corner at (x, y), scaled to the given width. */
    public static void draw(CompassChart chart, Graphics2D g, double x, double y, double width) {
        AffineTransform saved = g.getTransform();
        try {
            g.translate(x, y);
            double scale = width / CompassLayout.WIDTH;
            g.scale(scale, scale);
            new CompassPainter(new CompassLayout(chart)).paint(g);
        } finally {
            g.setTransform(saved);
        }
    }

    private static final IndexColorModel PALETTE = palette();

    /** White, and each colour of the compass blended with white in 31 steps: 249 colours. */
    private static IndexColorModel palette() {
        Color[] bases = {CompassStyle.INK, CompassStyle.MUTED, CompassStyle.GRID, CompassStyle.FACE,
            CompassStyle.COLOURS[0], CompassStyle.COLOURS[1], CompassStyle.COLOURS[2], CompassStyle.COLOURS[3]};
        int size = 1 + bases.length * 31;
        byte[] red = new byte[size];
        byte[] green = new byte[size];
        byte[] blue = new byte[size];
        red[0] = green[0] = blue[0] = (byte) 255;
        int index = 1;
        for (Color base : bases) {
            for (int step = 1; step <= 31; step++) {
                double alpha = step / 31.0;
                red[index] = blend(base.getRed(), alpha);
                green[index] = blend(base.getGreen(), alpha);
                blue[index] = blend(base.getBlue(), alpha);
                index++;
            }
        }
        return new IndexColorModel(8, size, red, green, blue);
    }

    private static byte blend(int channel, double alpha) {
        return (byte) Math.round(255 * (1 - alpha) + channel * alpha);
    }

    /** A palette PNG, unfiltered rows (as the PNG specification advises for palettes), quick deflate. */
    private static byte[] encodePng(BufferedImage image) {
        IndexColorModel palette = (IndexColorModel) image.getColorModel();
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int width = image.getWidth();
        ImageInfo info = new ImageInfo(width, image.getHeight(), 8, false, false, true);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(160 * 1024);
        PngWriter writer = new PngWriter(bytes, info);
        writer.setFilterType(FilterType.FILTER_NONE);
        writer.setCompLevel(3);
        PngChunkPLTE chunk = writer.getMetadata().createPLTEChunk();
        chunk.setNentries(palette.getMapSize());
        for (int i = 0; i < palette.getMapSize(); i++) {
            chunk.setEntry(i, palette.getRed(i), palette.getGreen(i), palette.getBlue(i));
        }
        ImageLineByte line = new ImageLineByte(info);
        for (int row = 0; row < image.getHeight(); row++) {
            System.arraycopy(pixels, row * width, line.getScanline(), 0, width);
            writer.writeRow(line);
        }
        writer.end();
        return bytes.toByteArray();
    }
}
