package se.platskompassen.compass;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Writes the compass gallery to {@code target/compass-gallery/} (PNG at 2x and SVG) so that a
 * person can look at it, and checks that every image reads back at the promised size.
 */
class CompassGalleryTest {

    @Test
    void the_gallery_shows_a_person_a_group_a_comparison_and_the_child_version() throws Exception {
        Path gallery = Files.createDirectories(Path.of("target", "compass-gallery"));
        Map<String, CompassChart> charts = Map.of(
                "1-one-person", CompassCharts.onePerson(),
                "2-group-with-band", CompassCharts.oneGroup(),
                "3-four-way-comparison", CompassCharts.fourGroups(),
                "4-child-version", CompassCharts.childGroup());
        for (var entry : charts.entrySet()) {
            byte[] png = CompassImages.png(entry.getValue(), 2);
            Files.write(gallery.resolve(entry.getKey() + ".png"), png);
            Files.writeString(gallery.resolve(entry.getKey() + ".svg"), CompassImages.svg(entry.getValue()));

            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(1280);
            assertThat(image.getHeight()).isEqualTo((int) Math.ceil(CompassImages.height(entry.getValue()) * 2));
            assertThat(image.getRGB(2, 2) & 0xFFFFFF).as("white paper").isEqualTo(0xFFFFFF);
        }
    }
}
