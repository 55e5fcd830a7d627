package se.platskompassen.analysis;

/** Why a figure is not shown. */
public enum Hidden {
    /** The group behind the figure has fewer respondents (or answers) than the minimum. */
    TOO_FEW,
    /**
     * The figure's own group is large enough, but together with another figure on the same screen
     * it would give away a group smaller than the minimum (a difference of two figures).
     */
    WOULD_REVEAL
}
