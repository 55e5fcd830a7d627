package se.platskompassen.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the virtual residents sent and the server confirmed, counted across all of them, for the
 * database check after the run (tools/loadtest.sh compares these with PostgreSQL), and the
 * protocol failures that Gatling's error list would otherwise only name.
 */
final class LoadCounts {

    /** Browser sessions with a UI (each flow opens one: a new phone, or a new tab after clearing cookies). */
    static final AtomicLong sessions = new AtomicLong();
    static final AtomicLong completed = new AtomicLong();
    static final AtomicLong answers = new AtomicLong();
    static final AtomicLong scoreSum = new AtomicLong();
    static final AtomicLong comments = new AtomicLong();
    static final AtomicLong resyncs = new AtomicLong();
    static final AtomicLong sessionsExpired = new AtomicLong();
    static final AtomicLong protocolErrors = new AtomicLong();
    /** With a killed instance (tools/scale-run.sh): residents who opened the page again on another. */
    static final AtomicLong moved = new AtomicLong();
    /** ... who then went on with their response. */
    static final AtomicLong resumed = new AtomicLong();
    /** Saves whose answer was lost with the server but which had arrived (the server resumed past them). */
    static final AtomicLong arrivedUnconfirmed = new AtomicLong();
    /** Themes given again after resuming: the save (or the tap before it) had not arrived. */
    static final AtomicLong resent = new AtomicLong();
    /** When each flow was submitted (milliseconds since the epoch), for flows a minute. */
    static final ConcurrentLinkedQueue<Long> completions = new ConcurrentLinkedQueue<>();

    private LoadCounts() {
    }

    static void failed(ProtocolException e) {
        String message = e.getMessage();
        if (message.startsWith(ProtocolException.RESYNC)) {
            resyncs.incrementAndGet();
        } else if (message.startsWith(ProtocolException.SESSION_EXPIRED)) {
            sessionsExpired.incrementAndGet();
        } else {
            protocolErrors.incrementAndGet();
        }
    }

    /** Flows completed a minute between two moments (milliseconds since the epoch). */
    static double flowsPerMinute(long from, long to) {
        long inside = completions.stream().filter(at -> at >= from && at < to).count();
        return to > from ? inside * 60_000.0 / (to - from) : 0;
    }

    /** Writes the counts as a properties file (read by tools/loadtest.sh). */
    static void write(Path file, double flowsPerMinute, String cpu, double seconds) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, String.format(Locale.ROOT, """
                sessions=%d
                completed=%d
                answers=%d
                score_sum=%d
                comments=%d
                resyncs=%d
                sessions_expired=%d
                protocol_errors=%d
                moved=%d
                resumed=%d
                arrived_unconfirmed=%d
                resent=%d
                flows_per_minute=%.0f
                seconds=%.1f
                """, sessions.get(), completed.get(), answers.get(), scoreSum.get(), comments.get(), resyncs.get(),
                sessionsExpired.get(), protocolErrors.get(), moved.get(), resumed.get(), arrivedUnconfirmed.get(),
                resent.get(), flowsPerMinute, seconds) + cpu);
    }
}
