package se.platskompassen.dialogue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The QR code that takes a phone to a dialogue's join link: as SVG for screens, as PNG, and as a
 * module matrix for drawing it as vector squares (the printed poster).
 *
 * <p>Error correction level M; every output includes the quiet zone of {@value #QUIET_ZONE}
 * light modules around the code that scanners need.
 */
public final class JoinQr {

    public static final int QUIET_ZONE = 4;
    static final int MAX_PIXELS_PER_MODULE = 100;

    private JoinQr() {
    }

    /**
     * The modules of the code, quiet zone included, as {@code [row][column]}; {@code true} is
     * dark. The matrix is square.
     *
     * @throws IllegalArgumentException when the link is empty or too long for a QR code
     */
    public static boolean[][] modules(String link) {
        BitMatrix matrix = encode(link);
        int size = matrix.getWidth();
        boolean[][] modules = new boolean[size][size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                modules[y][x] = matrix.get(x, y);
            }
        }
        return modules;
    }

    /**
     * A standalone SVG document whose {@code viewBox} counts modules; it scales to any size.
     * The title names the image for screen readers.
     */
    public static String svg(String link, String title) {
        boolean[][] modules = modules(link);
        int size = modules.length;
        StringBuilder svg = new StringBuilder(4096)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(size).append(' ').append(size)
                .append("\" role=\"img\" shape-rendering=\"crispEdges\">")
                .append("<title>").append(xmlText(title)).append("</title>")
                // A light background, so that the quiet zone also exists on a dark page
                .append("<rect width=\"").append(size).append("\" height=\"").append(size)
                .append("\" fill=\"#fff\"/>")
                .append("<path fill=\"#000\" d=\"");
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (!modules[y][x]) {
                    continue;
                }
                int run = darkRun(modules[y], x);
                svg.append('M').append(x).append(' ').append(y)
                        .append('h').append(run).append("v1h-").append(run).append('z');
                x += run - 1;
            }
        }
        return svg.append("\"/></svg>").toString();
    }

    /** A black-and-white PNG image, each module a square of the given number of pixels. */
    public static byte[] png(String link, int pixelsPerModule) {
        if (pixelsPerModule < 1 || pixelsPerModule > MAX_PIXELS_PER_MODULE) {
            throw new IllegalArgumentException("Pixels per module must be 1 to " + MAX_PIXELS_PER_MODULE
                    + ", not " + pixelsPerModule);
        }
        boolean[][] modules = modules(link);
        int side = modules.length * pixelsPerModule;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        var graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, side, side);
            graphics.setColor(Color.BLACK);
            for (int y = 0; y < modules.length; y++) {
                for (int x = 0; x < modules.length; x++) {
                    if (modules[y][x]) {
                        graphics.fillRect(x * pixelsPerModule, y * pixelsPerModule, pixelsPerModule, pixelsPerModule);
                    }
                }
            }
        } finally {
            graphics.dispose();
        }
        var png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** The length of the run of dark modules in a row that starts at {@code from}. */
    static int darkRun(boolean[] row, int from) {
        int end = from;
        while (end < row.length && row[end]) {
            end++;
        }
        return end - from;
    }

    private static BitMatrix encode(String link) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
        // Naming a character set adds an ECI marker, which some older scanners trip over; a plain
        // ASCII link (the usual case) does not need one.
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(link)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            // Width and height 0: one matrix cell per module
            return new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("The link does not fit in a QR code", e);
        }
    }

    /** Text content for XML: markup characters escaped, characters XML 1.0 forbids left out. */
    static String xmlText(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    if (allowedInXml(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
