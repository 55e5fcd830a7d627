package se.platskompassen.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two instances of the production jar on one PostgreSQL schema, {@value #SCHEMA}, behind an
 * HAProxy of the test's own (never the system's service) with the production configuration,
 * {@code docker/haproxy.cfg}, all on loopback ports: what {@code docker/compose.scale.yaml} runs.
 * Instance {@code a} creates the demo content; {@code b} starts at the same time without it (two
 * instances filling an empty database at once would both try). Each browser stays on the
 * instance named by HAProxy's cookie {@value #COOKIE}. Logs: {@code target/browser/scale-*.log}.
 */
final class ScaledApp implements AutoCloseable {

    static final String SCHEMA = "scale_tests";
    static final String COOKIE = "PK_INSTANCE";
    static final Path HAPROXY = Path.of(System.getProperty("haproxy.binary", "/usr/sbin/haproxy"));
    static final Path HAPROXY_CONFIG = BuildOutput.TARGET.getParent().resolve("docker").resolve("haproxy.cfg");

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final int POOL_SIZE = 4;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> processes = new ArrayList<>();
    private final List<Path> workDirs = new ArrayList<>();
    private Instance a;
    private URI baseUri;

    private ScaledApp() {
    }

    /**
     * Starts both instances and HAProxy; fails with the end of a log when one does not come up,
     * after stopping what did.
     */
    static ScaledApp start() {
        ScaledApp app = new ScaledApp();
        try {
            app.launch();
            return app;
        } catch (IOException | RuntimeException e) {
            try {
                app.close();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            throw e instanceof IOException io ? new UncheckedIOException("Cannot start the instances or HAProxy", io)
                    : (RuntimeException) e;
        }
    }

    private void launch() throws IOException {
        List<String> database = BrowserDatabase.prepare(SCHEMA);
        Path jar = RunningApp.packagedJar();
        long started = System.nanoTime();
        a = startInstance("a", jar, database, "postgres,demo");
        Instance b = startInstance("b", jar, database, "postgres");
        awaitHealthy(a);
        awaitHealthy(b);
        int port = RunningApp.freePort();
        baseUri = URI.create("http://127.0.0.1:" + port);
        Path log = BuildOutput.dir("browser").resolve("scale-haproxy.log");
        ProcessBuilder builder = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", HAPROXY_CONFIG.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("PK_LISTEN", "127.0.0.1:" + port, "PK_APP_A", "127.0.0.1:" + a.port,
                "PK_APP_B", "127.0.0.1:" + b.port));
        awaitHealthy(new Instance("HAProxy", started(builder.start()), port, log));
        System.out.printf("[INFO] Two instances (a at %d, b at %d) behind HAProxy at %s after %.1f s%n", a.port, b.port,
                baseUri, (System.nanoTime() - started) / 1e9);
    }

    /** HAProxy's address, where every browser goes. */
    URI baseUri() {
        return baseUri;
    }

    /** The JDBC address of the instances' schema, for a test's own look into the database. */
    static String jdbcUrl() {
        String url = se.platskompassen.testing.PostgresAvailable.URL;
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    /** Ends instance {@code a} as a power cut or an out-of-memory kill would: {@code kill -9}, no shutdown. */
    void killInstanceA() throws InterruptedException {
        a.process.destroyForcibly().waitFor();
    }

    private Instance startInstance(String name, Path jar, List<String> database, String profiles) throws IOException {
        int port = RunningApp.freePort();
        Path workDir = Files.createTempDirectory("platskompassen-scale-" + name + "-");
        workDirs.add(workDir);
        Path log = BuildOutput.dir("browser").resolve("scale-" + name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-jar", jar.toString(),
                "--server.port=" + port, "--platskompassen.demo.enabled=" + profiles.contains("demo")));
        command.addAll(database);
        command.replaceAll(argument -> argument.startsWith("--spring.profiles.active=")
                ? "--spring.profiles.active=" + profiles : argument);
        // Behind HAProxy as in production: its X-Forwarded-* headers are trusted from loopback.
        command.add("--server.forward-headers-strategy=native");
        // A few connections each: one resident and a projector need no more, and the test
        // PostgreSQL's 100 are shared with every other application the build starts.
        command.add("--spring.datasource.hikari.maximum-pool-size=" + POOL_SIZE);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(variable -> variable.startsWith("SPRING_")
                || variable.startsWith("PLATSKOMPASSEN_") || variable.equals("PORT"));
        return new Instance(name, started(builder.start()), port, log);
    }

    private Process started(Process process) {
        processes.add(process);
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-scaled-app"));
        return process;
    }

    private void awaitHealthy(Instance instance) {
        URI health = URI.create("http://127.0.0.1:" + instance.port + "/actuator/health");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (!instance.process.isAlive()) {
                    throw new IllegalStateException(instance.name + " stopped with exit code "
                            + instance.process.exitValue() + ". End of " + instance.log + ":\n" + tail(instance.log));
                }
                if (isUp(health)) {
                    return;
                }
                instance.process.waitFor(250, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + instance.name, e);
        }
        throw new IllegalStateException(instance.name + " did not say UP within " + START_TIMEOUT.toSeconds()
                + " s. End of " + instance.log + ":\n" + tail(instance.log));
    }

    private boolean isUp(URI health) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (IOException notYetListening) {
            return false;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readString(log, StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : processes) {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }
        workDirs.forEach(BuildOutput::deleteRecursively);
    }

    private record Instance(String name, Process process, int port, Path log) {
    }
}
