package se.platskompassen.response;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.platskompassen.base.TimeConfiguration;

/**
 * Forgets the session markers of responses started longer ago than
 * {@code platskompassen.limits.session-marker-kept} (30 days): at start and every night. They
 * serve the limits and the bursts page while a dialogue runs; after that they would only tell
 * which old responses came from one browser session.
 */
@Component
class SessionMarkerRetention implements ApplicationRunner {

    private final ResponseExclusions exclusions;

    SessionMarkerRetention(ResponseExclusions exclusions) {
        this.exclusions = exclusions;
    }

    @Override
    public void run(ApplicationArguments args) {
        eraseOldMarkers();
    }

    @Scheduled(cron = "${platskompassen.limits.marker-erase-cron:0 45 3 * * *}", zone = TimeConfiguration.ZONE_ID)
    void eraseOldMarkers() {
        exclusions.eraseOldSessionMarkers();
    }
}
