package se.platskompassen.load;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.http;
import static se.platskompassen.load.ResidentSimulation.expectText;
import static se.platskompassen.load.ResidentSimulation.outcome;
import static se.platskompassen.load.ResidentSimulation.resident;
import static se.platskompassen.load.ResidentSimulation.tap;
import static se.platskompassen.load.ResidentSimulation.timed;
import static se.platskompassen.load.ResidentSimulation.uidl;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * Opening the resident page, and opening it again after the resident's server died (tools/scale-run.sh
 * kills one of two instances behind HAProxy): as a browser does when Vaadin reports its session
 * expired, the resident loads the page anew in the same tab (HAProxy sends them to the survivor),
 * the page reads the resume secret from the phone's storage ({@link VaadinUi} answers it) and
 * goes straight back to the response (or, should it offer to, the resident taps to go on). Where the server then puts them says whether the save that was on
 * its way when the server died arrived: if it did, it is counted as saved; if not, the resident
 * gives that answer again.
 */
final class Failover {

    static final String RESUME = "Fortsätt där du slutade";

    private Failover() {
    }

    /** The page, Vaadin's init and the first screen (the start screen, offering to resume when the phone has a secret). */
    static ChainBuilder open() {
        return exec(http("page").get(session -> "/d/" + resident(session).version.joinCode).check(timed("page")))
                .exec(http("init").get(session -> "/?v-r=init&location=d%2F" + resident(session).version.joinCode
                                + "&query=&v-sw=390&v-sh=844&v-ww=390&v-wh=740&v-bw=390&v-bh=740&v-tzo=-60&v-dstd=60"
                                + "&v-rtzo=-60&v-dston=false&v-tzid=Europe%2FStockholm&v-td=true&v-pr=3&v-wn=v-"
                                + session.userId())
                        .header("X-Requested-With", "XMLHttpRequest")
                        .check(timed("init"))
                        .check(bodyString().transformWithSession((body, session) -> outcome(resident(session),
                                resident -> {
                                    resident.ui.init(body);
                                    LoadCounts.sessions.incrementAndGet();
                                })).is("ok")))
                .exec(uidl("navigate", resident -> resident.ui.navigate("d/" + resident.version.joinCode),
                        resident -> expectText(resident, Version.START)));
    }

    /** After losing the server: the page again, the page's look into local storage, and the offer taken. */
    static ChainBuilder reopen() {
        return exec(session -> {
                    Resident resident = resident(session);
                    if (resident.reopened++ == 0) {
                        LoadCounts.moved.incrementAndGet();
                    }
                    return session.markAsSucceeded();
                })
                .exitBlockOnFail().on(open()
                        .exec(uidl("lookup", resident -> resident.ui.returnsOnly(), Failover::afterLookup))
                        .doIf(session -> resident(session).ui.showsText(RESUME)).then(
                                // A new screen ignores taps for its first 500 ms (response.ui.TapGuard).
                                pause(LoadSettings.TAP_GUARD).exec(tap("resume", resident -> RESUME, Failover::resumed))));
    }

    /**
     * Where the page is once it has read the phone's storage: back in the response at once (the
     * same tab), the start screen offering it (another tab), or the start screen alone.
     */
    private static void afterLookup(Resident resident) {
        if (resident.ui.showsText(RESUME)) {
            return;
        }
        if (position(resident) > 0) {
            resumed(resident);
            return;
        }
        switch (resident.stage) {
            // The start on its way was lost with the server (or arrived without its answer, and
            // the phone got no secret): the resident starts again.
            case START -> { }
            // The submit arrived (the response is complete, no longer offered); only its answer was lost.
            case SUMMARY -> resident.completed();
            default -> throw new ProtocolException("a response under way is not offered to go on with");
        }
    }

    /** The theme on the screen (1 to 14), 15 for the summary, 0 for neither. */
    private static int position(Resident resident) {
        for (int theme = 1; theme <= Version.THEMES; theme++) {
            if (resident.ui.showsText(Version.progress(theme))) {
                return theme;
            }
        }
        return resident.ui.showsText(Version.SUMMARY_TITLE) ? Version.THEMES + 1 : 0;
    }

    /** Where the server resumed: the first theme without an answer, or the summary. */
    private static void resumed(Resident resident) {
        int at = position(resident);
        if (at == 0) {
            throw new ProtocolException("resumed, but neither a theme nor the summary is on the screen");
        }
        LoadCounts.resumed.incrementAndGet();
        if (resident.stage == Resident.Stage.START || resident.stage == Resident.Stage.BACKGROUND) {
            resident.theme = 1;
        }
        if (at < resident.theme) {
            throw new ProtocolException("resumed at theme " + at + ", but the server had confirmed theme "
                    + (resident.theme - 1));
        }
        if (at == resident.theme && resident.stage == Resident.Stage.THEMES) {
            LoadCounts.resent.incrementAndGet();
        }
        for (int theme = resident.theme; theme < at; theme++) {
            resident.saved(theme);
            LoadCounts.arrivedUnconfirmed.incrementAndGet();
        }
        resident.theme = at;
        resident.stage = at > Version.THEMES ? Resident.Stage.SUMMARY : Resident.Stage.THEMES;
    }
}
