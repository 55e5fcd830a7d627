package se.platskompassen.response;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.platskompassen.organisation.Organisation;
import se.platskompassen.organisation.OrganisationService;
import se.platskompassen.organisation.TenantAccess;

/** Erases comments that organisations keep only for a while: at start and every night. */
@Component
class CommentRetention implements ApplicationRunner {

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

    @Scheduled(cron = "${platskompassen.privacy.erase-cron:0 15 3 * * *}", zone = "Europe/Stockholm")
    void eraseExpired() {
        for (Organisation organisation : organisations.withCommentRetention()) {
            Integer days = organisation.commentRetentionDays();
            if (days != null) {
                access.asSystem(organisation.id(), () -> responses.eraseExpiredComments(days));
            }
        }
    }
}
