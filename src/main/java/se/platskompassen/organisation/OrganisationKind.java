package se.platskompassen.organisation;

public enum OrganisationKind {
    MUNICIPALITY,
    REGION
}
