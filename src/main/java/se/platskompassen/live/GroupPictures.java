package se.platskompassen.live;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.analysis.AnalysisService;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.organisation.TenantAccess;

/**
 * The group's picture for a resident after submitting: their own compass may be drawn over it
 * (decision 0039). It is exactly what the projector shows, released in the same batches with the
 * same rule for themes, and nothing while the projector is held; and only once the dialogue's
 * counted responses reach the organisation's minimum group size (the small-group rule), so that a
 * handful of people never compare themselves with the two or three others.
 */
@Service
public class GroupPictures {

    private final LiveRelease release;
    private final AnalysisService analysis;
    private final TenantAccess access;

    GroupPictures(LiveRelease release, AnalysisService analysis, TenantAccess access) {
        this.release = release;
        this.analysis = analysis;
        this.access = access;
    }

    /**
     * For the dialogue a resident answered (found by its join code, so no staff member is signed
     * in): read as the application, for the dialogue's own organisation.
     */
    @Transactional
    public GroupPicture forResident(Dialogue dialogue) {
        return access.asSystem(dialogue.organisationId(), () -> {
            int minimum = analysis.smallGroups().minimum();
            LivePicture picture = release.picture(dialogue);
            if (picture.held()) {
                return GroupPicture.without(GroupPicture.Showing.HELD, minimum);
            }
            if (picture.counts().started() < minimum) {
                return GroupPicture.without(GroupPicture.Showing.TOO_FEW, minimum);
            }
            return GroupPicture.group(picture.scores().withoutThemesBelow(release.minAnswers()), minimum);
        });
    }
}
