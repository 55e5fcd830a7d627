package se.platskompassen.analysis.ui;

import java.util.EnumSet;
import java.util.Set;
import se.platskompassen.questionnaire.Version;

/** The version choices of the filter: each keeps to one scale. */
enum VersionChoice {
    ADULTS_AND_YOUTH(EnumSet.of(Version.VUXEN, Version.UNGDOM)),
    ADULTS(EnumSet.of(Version.VUXEN)),
    YOUTH(EnumSet.of(Version.UNGDOM)),
    CHILDREN(EnumSet.of(Version.BARN));

    private final Set<Version> versions;

    VersionChoice(Set<Version> versions) {
        this.versions = versions;
    }

    Set<Version> versions() {
        return EnumSet.copyOf(versions);
    }

    static VersionChoice of(Set<Version> versions) {
        for (VersionChoice choice : values()) {
            if (choice.versions.equals(versions)) {
                return choice;
            }
        }
        return ADULTS_AND_YOUTH;
    }
}
