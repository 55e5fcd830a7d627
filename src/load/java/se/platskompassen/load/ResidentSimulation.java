package se.platskompassen.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIf;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Virtual residents answering the three demo dialogues (adults, young people, children) on their
 * own phones, through Vaadin's real protocol: the page, {@code ?v-r=init}, then UIDL posts with
 * the CSRF token, sync and client ids. Every tap finds its button by the text on it. Each
 * resident opens the page, starts, passes the background questions, gives all fourteen themes a
 * score (and about one in five a comment), submits and sees the thanks.
 *
 * <p>Run by tools/loadtest.sh, which starts the application and checks the database afterwards;
 * the scenario and its figures come from system properties ({@link LoadSettings}).
 */
public class ResidentSimulation extends Simulation {

    private static final List<String> STEPS = List.of("page", "init", "navigate", "start", "background", "score",
            "comment", "theme", "submit", "lookup", "resume");

    private final LoadSettings settings = LoadSettings.fromSystemProperties();
    private ProjectorWatch projector;
    private long startedAt;
    private ServerCpu cpuBefore;
    private double calibration;

    private final HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl())
            // Gatling warms its HTTP client up before the first user; here on the application
            // itself rather than on gatling.io (the default), so nothing leaves this machine.
            .warmUp(settings.baseUrl() + "/actuator/health")
            .acceptHeader("*/*")
            .acceptLanguageHeader("sv-SE,sv;q=0.9,en;q=0.5")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (Linux; Android 14) Platskompassen load test");

    /**
     * One resident's whole way through, from opening the page to the thanks. Each screen is a
     * stage of its own ({@link Resident.Stage}), so that a resident whose instance died
     * ({@link Failover}, only with {@code load.failover}) can open the page again and go on from
     * where the server says they are.
     */
    private final ChainBuilder flow = exec(session -> session.set("resident",
            new Resident(Version.values()[(int) (session.userId() % Version.values().length)], session.userId())))
            .exec(Failover.open())
            .doIf(Session::isFailed).then(exitHereIf(session -> !settings.failover()).exec(Failover.reopen()))
            // The stages run to the thanks unless a request fails: then the resident stops, or
            // with a killed instance opens the page again and goes on.
            .asLongAs(session -> resident(session).answering()).on(
                    exec(session -> session).exitBlockOnFail().on(stages())
                            .doIf(session -> resident(session).answering()).then(
                                    exitHereIf(session -> !settings.failover())
                                            .exec(Failover.reopen())));

    private ChainBuilder stages() {
        return doIf(session -> resident(session).stage == Resident.Stage.START).then(
                        exec(think()).exec(tap("start", resident -> Version.START, resident -> {
                            expectText(resident, Version.BACKGROUND_TITLE);
                            resident.stage = Resident.Stage.BACKGROUND;
                            if (resident.version.joinCode.equals(settings.projector())) {
                                ProjectorWatch.startsConfirmed.add(System.currentTimeMillis());
                            }
                        })))
                .doIf(session -> resident(session).stage == Resident.Stage.BACKGROUND).then(
                        exec(think()).exec(tap("background", resident -> Version.NEXT, resident -> {
                            expectText(resident, Version.progress(1));
                            resident.stage = Resident.Stage.THEMES;
                        })))
                .asLongAs(session -> resident(session).stage == Resident.Stage.THEMES).on(theme())
                .doIf(session -> resident(session).stage == Resident.Stage.SUMMARY).then(
                        exec(think()).exec(tap("submit", resident -> Version.SUBMIT, resident -> {
                            expectText(resident, Version.THANKS_TITLE);
                            resident.completed();
                            if (resident.version.joinCode.equals(settings.projector())) {
                                ProjectorWatch.submissionsConfirmed.add(System.currentTimeMillis());
                            }
                        })));
    }

    public ResidentSimulation() {
        ScenarioBuilder residents = settings.loopFor().isZero()
                ? scenario(settings.name()).exec(flow)
                : scenario(settings.name()).during(settings.loopFor()).on(exec(flushCookieJar()).exec(flow));
        PopulationBuilder population = residents.injectOpen(settings.rampOver().isZero()
                ? atOnceUsers(settings.users())
                : rampUsers(settings.users()).during(settings.rampOver()));
        // With a killed instance, the requests that met it fail (and are counted): what must
        // hold then is the database check of tools/loadtest.sh.
        setUp(population).protocols(protocol)
                .assertions(settings.failover() ? List.of() : List.of(global().failedRequests().count().is(0L)));
    }

    /** A theme screen: maybe a comment, a score, then next; the theme counts as saved once the next screen shows. */
    private ChainBuilder theme() {
        return exec(think())
                .doIf(session -> resident(session).comment(resident(session).theme) != null).then(
                        exec(uidl("comment", resident -> resident.ui.type(
                                resident.ui.field("vaadin-text-area", resident.version.commentLabel),
                                resident.comment(resident.theme)), resident -> { }))
                                .exec(think()))
                .exec(tap("score", resident -> resident.version.scoreText(resident.score(resident.theme)),
                        resident -> {
                            if (!"true".equals(resident.ui.attribute(resident.tapped, "aria-pressed"))) {
                                throw new ProtocolException("the score tapped is not chosen");
                            }
                        }))
                .exec(think())
                .exec(tap("theme", resident -> Version.NEXT, resident -> {
                    int theme = resident.theme;
                    expectText(resident, theme < Version.THEMES ? Version.progress(theme + 1) : Version.SUMMARY_TITLE);
                    resident.saved(theme);
                    resident.theme++;
                    if (resident.theme > Version.THEMES) {
                        resident.stage = Resident.Stage.SUMMARY;
                    }
                }))
                .doIf(session -> resident(session).theme == settings.holdAt()).then(exec(session -> {
                    Hold.arrive(settings);
                    return session;
                }).exec(asLongAs(session -> !Hold.released(settings)).on(pause(Duration.ofMillis(500)))));
    }

    /** At least the 500 ms for which a new screen ignores taps (response.ui.TapGuard), plus the think time. */
    ChainBuilder think() {
        return pause(settings.thinkMin(), settings.thinkMax());
    }

    /** A tap on the one button that says what {@code text} gives. */
    static ChainBuilder tap(String name, Function<Resident, String> text, Consumer<Resident> expect) {
        return uidl(name, resident -> {
            resident.tapped = resident.ui.button(text.apply(resident));
            return resident.ui.click(resident.tapped);
        }, expect);
    }

    static ChainBuilder uidl(String name, Function<Resident, String> body, Consumer<Resident> expect) {
        return exec(http(name)
                .post(session -> "/?v-r=uidl&v-uiId=" + resident(session).ui.uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> body.apply(resident(session))))
                .check(timed(name))
                .check(bodyString().transformWithSession((text, session) -> outcome(resident(session), resident -> {
                    resident.ui.receive(text);
                    expect.accept(resident);
                })).is("ok")));
    }

    /** Records the response time of every response of this step type for the summary table. */
    static CheckBuilder timed(String step) {
        return responseTimeInMillis().transform(millis -> LoadTimes.record(step, millis)).gte(0);
    }

    /** "ok", or what went wrong (which Gatling then reports as the check's failure). */
    static String outcome(Resident resident, Consumer<Resident> step) {
        try {
            step.accept(resident);
            return "ok";
        } catch (ProtocolException e) {
            LoadCounts.failed(e);
            return e.getMessage();
        }
    }

    static void expectText(Resident resident, String text) {
        if (!resident.ui.showsText(text)) {
            throw new ProtocolException("the next screen does not say \"" + text + "\"");
        }
    }

    static Resident resident(Session session) {
        return session.get("resident");
    }

    @Override
    public void before() {
        if (!settings.projector().isEmpty()) {
            projector = ProjectorWatch.open(settings.baseUrl(), settings.projector());
        }
        calibration = ServerCpu.calibrationMillis();
        cpuBefore = ServerCpu.now();
        startedAt = System.currentTimeMillis();
        System.out.println("Load scenario: " + settings);
    }

    @Override
    public void after() {
        long steadyFrom = startedAt + settings.rampOver().toMillis();
        double perMinute = settings.loopFor().isZero()
                ? LoadCounts.flowsPerMinute(startedAt, System.currentTimeMillis())
                : LoadCounts.flowsPerMinute(steadyFrom, steadyFrom + settings.loopFor().toMillis() - settings.rampOver().toMillis());
        double seconds = (System.currentTimeMillis() - startedAt) / 1000.0;
        String cpu = ServerCpu.now().coresSince(cpuBefore, seconds)
                + String.format(Locale.ROOT, "calibration_ms=%.0f%n", calibration);
        String table = LoadTimes.table(STEPS, seconds);
        if (projector != null) {
            try (ProjectorWatch watched = projector) {
                table += watched.report();
            }
        }
        System.out.println("Response times in ms (" + settings.name() + "):");
        System.out.print(table);
        try {
            LoadCounts.write(Path.of(settings.countsFile()), perMinute, cpu, seconds);
            Files.writeString(Path.of(settings.countsFile()).resolveSibling("times-" + settings.name() + ".txt"), table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
