/**
 * PDF reports for a board or for those who took part: one dialogue (title page, compass, figures
 * per theme, what the group agreed, a selection of comments, the method) or a comparison of up to
 * four series. Staff with the export permission only, scoped to the organisation, every report in
 * the audit log; every figure passes the organisation's small-group rule first
 * (docs/decisions/0017-pdf-report.md).
 */
@NullMarked
package se.platskompassen.report;

import org.jspecify.annotations.NullMarked;
