package se.platskompassen.response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.platskompassen.base.TimeConfiguration;
import se.platskompassen.organisation.Organisation;
import se.platskompassen.organisation.OrganisationService;
import se.platskompassen.organisation.TenantAccess;

/** Erases comments that organisations keep only for a while: at start and every night. */
@Component
class CommentRetention implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CommentRetention.class);

    private final OrganisationService organisations;
    private final ResponseService responses;
    private final TenantAccess access;

    CommentRetention(OrganisationService organisations, ResponseService responses, TenantAccess access) {
        this.organisations = organisations;
        this.responses = responses;
        this.access = access;
    }

    @Override
    public void run(ApplicationArguments args) {
        eraseExpired();
    }

    /**
     * Each organisation in its own transaction: one that fails (its erase is rolled back and
     * tried again next night) must not keep the others' residents' old comments.
     */
    @Scheduled(cron = "${platskompassen.privacy.erase-cron:0 15 3 * * *}", zone = TimeConfiguration.ZONE_ID)
    void eraseExpired() {
        for (Organisation organisation : organisations.withCommentRetention()) {
            Integer days = organisation.commentRetentionDays();
            if (days != null) {
                try {
                    access.asSystem(organisation.id(), () -> responses.eraseExpiredComments(days));
                } catch (RuntimeException failed) {
                    log.error("Erasing old comments failed for organisation {}; the others go on, and it is "
                            + "tried again at the next run", organisation.id(), failed);
                }
            }
        }
    }
}
