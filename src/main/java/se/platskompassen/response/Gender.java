package se.platskompassen.response;

public enum Gender {
    WOMAN,
    MAN,
    NON_BINARY
}
