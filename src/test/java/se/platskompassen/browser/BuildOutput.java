package se.platskompassen.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Folders under the build's {@code target} directory for what the browser tests leave behind. */
final class BuildOutput {

    /** Maven's build directory; surefire and failsafe set {@code basedir} to the project folder. */
    static final Path TARGET = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().resolve("target");

    private BuildOutput() {
    }

    static Path dir(String name) {
        Path dir = TARGET.resolve(name);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("[WARNING] Could not delete " + dir + ": " + e.getMessage());
        }
    }
}
