package se.platskompassen.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The heap scenario's pause: every resident stops on a theme screen until tools/loadtest.sh has
 * measured the server's heap with all of them there. The last to arrive writes the file
 * {@code holding}; the script writes {@code release} when it has measured, and the residents go on.
 */
final class Hold {

    private static final AtomicInteger arrived = new AtomicInteger();

    private Hold() {
    }

    static void arrive(LoadSettings settings) {
        if (arrived.incrementAndGet() == settings.users()) {
            write(file(settings, "holding"), settings.users() + "\n");
        }
    }

    static boolean released(LoadSettings settings) {
        return Files.exists(file(settings, "release"));
    }

    private static Path file(LoadSettings settings, String name) {
        return Path.of(settings.countsFile()).resolveSibling(name + "-" + settings.name());
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
