/**
 * Exports and imports: a dialogue's responses as CSV (wide or long) and XLSX, streamed from the
 * database straight to the output; responses imported from a CSV file in the wide export format.
 * Staff only, scoped to the organisation, recorded in the audit log.
 */
@NullMarked
package se.platskompassen.exchange;

import org.jspecify.annotations.NullMarked;
