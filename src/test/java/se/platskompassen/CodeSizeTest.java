package se.platskompassen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Small files keep the code walkable (docs/decisions/0001-feature-packages.md), the application's
 * and the load test's: a view or other class in a {@code ui} package stays under 250 lines, any
 * other class under 300. A file that cannot says why in its Javadoc, in a sentence starting with
 * {@value #REASON}.
 */
class CodeSizeTest {

    static final String REASON = "Longer than the limit:";
    private static final int VIEW_LIMIT = 250;
    private static final int CLASS_LIMIT = 300;

    @Test
    void every_class_is_under_its_limit_or_says_why() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Stream.of("src/main/java", "src/load/java").map(Path::of).flatMap(CodeSizeTest::walk)) {
            tooLong = files.filter(file -> file.toString().endsWith(".java"))
                    .map(CodeSizeTest::overLimitWithoutReason)
                    .filter(problem -> !problem.isEmpty())
                    .sorted()
                    .toList();
        }
        assertThat(tooLong).as("classes over their length limit without a reason in their Javadoc").isEmpty();
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + root, e);
        }
    }

    private static String overLimitWithoutReason(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            int limit = file.toString().contains("/ui/") ? VIEW_LIMIT : CLASS_LIMIT;
            boolean explained = lines.stream().anyMatch(line -> line.contains(REASON));
            return lines.size() > limit && !explained ? file + ": " + lines.size() + " lines (limit " + limit + ")" : "";
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}
