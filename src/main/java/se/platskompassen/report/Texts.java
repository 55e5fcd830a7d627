package se.platskompassen.report;

/** A text of the message bundles in the report's language. */
@FunctionalInterface
interface Texts {

    String text(String key, Object... arguments);
}
