package se.platskompassen.response;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on starting responses ({@code platskompassen.limits.*}) that a workshop never reaches
 * and a script soon does. A shared tablet starts a response per person, at most one every 20-30
 * seconds, so a session may start {@code sessionStartsPerMinute} (6) a minute and keep at most
 * {@code sessionUnfinished} (20) unfinished ones started within {@code unfinishedWindow} (1 h);
 * a whole dialogue may start {@code dialogueStartsPerMinute} (600) a minute: 300 tablets starting
 * at the same moment, twice. Bursts shown to staff: a session with at least
 * {@code burstSessionResponses} (3) completed responses, or at least {@code burstResponses} (5)
 * completed within {@code burstWindow} (10 s). A response's session marker is kept for
 * {@code sessionMarkerKept} (30 days) after it was started, then erased.
 */
@ConfigurationProperties("platskompassen.limits")
public record ResponseLimits(
        @DefaultValue("6") int sessionStartsPerMinute,
        @DefaultValue("20") int sessionUnfinished,
        @DefaultValue("1h") Duration unfinishedWindow,
        @DefaultValue("600") int dialogueStartsPerMinute,
        @DefaultValue("3") int burstSessionResponses,
        @DefaultValue("5") int burstResponses,
        @DefaultValue("10s") Duration burstWindow,
        @DefaultValue("30d") Duration sessionMarkerKept) {
}
