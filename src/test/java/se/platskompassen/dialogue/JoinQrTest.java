package se.platskompassen.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class JoinQrTest {

    private static final String LINK = "https://platskompassen.se/delta/K7PX-M4RT";

    @Test
    void the_png_decodes_to_the_link() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(JoinQr.png(LINK, 6)));

        assertThat(image.getWidth()).isEqualTo(JoinQr.modules(LINK).length * 6);
        assertThat(QrImages.decode(image)).isEqualTo(LINK);
    }

    @Test
    void a_link_with_letters_outside_ascii_decodes_unchanged() throws IOException {
        String link = "https://exempel.se/plats/Čohkkiras-Łódź-å";

        assertThat(QrImages.decode(ImageIO.read(new ByteArrayInputStream(JoinQr.png(link, 4))))).isEqualTo(link);
    }

    @Test
    void the_modules_are_square_with_a_light_quiet_zone_of_four() {
        boolean[][] modules = JoinQr.modules(LINK);
        int size = modules.length;

        assertThat(modules).hasDimensions(size, size);
        for (int i = 0; i < JoinQr.QUIET_ZONE; i++) {
            assertThat(modules[i]).containsOnly(false);
            assertThat(modules[size - 1 - i]).containsOnly(false);
            for (boolean[] row : modules) {
                assertThat(row[i]).isFalse();
                assertThat(row[size - 1 - i]).isFalse();
            }
        }
        // The finder pattern's dark corner sits just inside the quiet zone
        assertThat(modules[JoinQr.QUIET_ZONE][JoinQr.QUIET_ZONE]).isTrue();
    }

    @Test
    void the_svg_is_well_formed_and_its_title_is_escaped() throws Exception {
        String title = "Gå med i <script>&\"'dialogen";

        String svg = JoinQr.svg(LINK, title);
        Document document = parse(svg);

        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        int size = JoinQr.modules(LINK).length;
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + size + " " + size);
        assertThat(document.getElementsByTagNameNS(SVG, "title").item(0).getTextContent()).isEqualTo(title);
        assertThat(svg).contains("&lt;script&gt;&amp;&quot;&apos;").doesNotContain("<script");
        assertThat(document.getElementsByTagNameNS(SVG, "path").getLength()).isEqualTo(1);
    }

    @Test
    void a_title_with_control_characters_still_gives_well_formed_xml() throws Exception {
        Document document = parse(JoinQr.svg(LINK, "a\u0000b\u0007c\uD800d"));

        assertThat(document.getElementsByTagNameNS(SVG, "title").item(0).getTextContent()).isEqualTo("abcd");
    }

    @Test
    void the_squares_of_the_svg_path_decode_to_the_link() throws Exception {
        Document document = parse(JoinQr.svg(LINK, "QR"));
        String d = ((Element) document.getElementsByTagNameNS(SVG, "path").item(0)).getAttribute("d");
        int size = JoinQr.modules(LINK).length;
        int scale = 5;

        BufferedImage image = new BufferedImage(size * scale, size * scale, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setColor(Color.BLACK);
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z").matcher(d);
        int end = 0;
        while (run.find()) {
            assertThat(run.start()).as("only rectangles in the path").isEqualTo(end);
            assertThat(run.group(4)).isEqualTo(run.group(3));
            graphics.fillRect(Integer.parseInt(run.group(1)) * scale, Integer.parseInt(run.group(2)) * scale,
                    Integer.parseInt(run.group(3)) * scale, scale);
            end = run.end();
        }
        graphics.dispose();

        assertThat(end).isEqualTo(d.length());
        assertThat(QrImages.decode(image)).isEqualTo(LINK);
    }

    @Test
    void the_svg_path_covers_exactly_the_dark_modules() throws Exception {
        boolean[][] modules = JoinQr.modules(LINK);
        String d = ((Element) parse(JoinQr.svg(LINK, "QR")).getElementsByTagNameNS(SVG, "path").item(0))
                .getAttribute("d");
        boolean[][] drawn = new boolean[modules.length][modules.length];
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)").matcher(d);
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            Arrays.fill(drawn[y], x, x + Integer.parseInt(run.group(3)), true);
        }

        assertThat(drawn).isDeepEqualTo(modules);
    }

    @Test
    void an_empty_link_or_a_bad_pixel_size_is_refused() {
        assertThatThrownBy(() -> JoinQr.modules("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JoinQr.png(LINK, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JoinQr.modules("x".repeat(5000))).isInstanceOf(IllegalArgumentException.class);
    }

    private static final String SVG = "http://www.w3.org/2000/svg";

    private static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
