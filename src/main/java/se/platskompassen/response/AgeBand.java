package se.platskompassen.response;

/** Anonymous age bands, wide enough that a band never points to a person. */
public enum AgeBand {
    UNDER_13,
    AGE_13_17,
    AGE_18_29,
    AGE_30_49,
    AGE_50_64,
    AGE_65_79,
    AGE_80_PLUS
}
