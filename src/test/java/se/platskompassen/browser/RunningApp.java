package se.platskompassen.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The production jar ({@code target/platskompassen-*.jar}) running as its own process, once per
 * test run, in a fresh temporary folder, on a free port, with the demo content. It runs as in
 * production, on PostgreSQL with the {@code postgres} profile (plus {@code demo}), in a schema of
 * the test database of its own that is emptied first ({@link BrowserDatabase}); where no test
 * PostgreSQL answers (never in CI) it falls back to the embedded H2 default. Its output goes to
 * {@code target/browser/app.log}. JUnit closes it at the end of the run (it lives in the root
 * context's store); a shutdown hook stops it should the test JVM be ended early.
 */
final class RunningApp implements AutoCloseable {

    // A loaded build machine starts the jar in 15 s when idle but has been seen to need 90.
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final Path log = BuildOutput.dir("browser").resolve("app.log");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private Path workDir;
    private URI baseUri;
    private RuntimeException failure;

    /** The application's address, such as {@code http://localhost:41234}; starts it on first use. */
    synchronized URI baseUri() {
        if (failure != null) {
            throw new IllegalStateException("The application did not start (see the first browser test's failure and "
                    + log + ")", failure);
        }
        if (baseUri == null) {
            try {
                start();
            } catch (IOException e) {
                failure = new UncheckedIOException("Cannot start the application: " + e.getMessage(), e);
                throw failure;
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        return baseUri;
    }

    private void start() throws IOException {
        Path jar = packagedJar();
        int port = freePort();
        workDir = Files.createTempDirectory("platskompassen-browser-");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-jar", jar.toString(),
                "--server.port=" + port, "--platskompassen.demo.enabled=true"));
        command.addAll(BrowserDatabase.prepare());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Only what the command line says, whatever the developer's shell sets.
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_")
                || name.startsWith("PLATSKOMPASSEN_") || name.equals("PORT"));
        long started = System.nanoTime();
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "stop-platskompassen"));
        baseUri = URI.create("http://localhost:" + port);
        awaitHealthy();
        System.out.printf("[INFO] Platskompassen (%s, %s) is up at %s after %.1f s; log: %s%n", jar.getFileName(),
                BrowserDatabase.describe(), baseUri, (System.nanoTime() - started) / 1e9, log);
    }

    private void awaitHealthy() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The application stopped with exit code " + process.exitValue()
                            + " before /actuator/health said UP. End of " + log + ":\n" + logTail());
                }
                if (healthIsUp()) {
                    return;
                }
                // The pause between two polls; returns at once should the process end.
                process.waitFor(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the application", e);
        }
        throw new IllegalStateException("The application did not say UP at " + baseUri + "/actuator/health within "
                + START_TIMEOUT.toSeconds() + " s. End of " + log + ":\n" + logTail());
    }

    private boolean healthIsUp() throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(baseUri.resolve("/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"");
        } catch (IOException notYetListening) {
            return false;
        }
    }

    @Override
    public synchronized void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy(); // SIGTERM: Spring Boot shuts down gracefully
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        if (workDir != null) {
            BuildOutput.deleteRecursively(workDir);
        }
    }

    static Path packagedJar() throws IOException {
        List<Path> jars = new ArrayList<>();
        if (Files.isDirectory(BuildOutput.TARGET)) {
            try (DirectoryStream<Path> found = Files.newDirectoryStream(BuildOutput.TARGET, "platskompassen-*.jar")) {
                found.forEach(jars::add);
            }
        }
        return jars.stream()
                .max(Comparator.comparing(jar -> jar.toFile().lastModified()))
                .orElseThrow(() -> new IllegalStateException("No packaged jar target/platskompassen-*.jar in "
                        + BuildOutput.TARGET + ": run the browser tests with ./mvnw verify (or ./mvnw package first)"));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private String logTail() {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /**
     * Hands the one running application of this test run to a test's parameter of type
     * {@link RunningApp}; the first request starts it.
     */
    static final class Provider implements ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningApp.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == RunningApp.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(NAMESPACE).computeIfAbsent(RunningApp.class, key -> new RunningApp(),
                    RunningApp.class);
        }
    }
}
