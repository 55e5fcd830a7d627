/**
 * The read-only JSON API ({@code /api/v1/…}) for the organisations' BI tools: places, dialogues,
 * single responses and protected per-theme figures, read with per-organisation API tokens that
 * organisation admins create and revoke. A token acts as a read-only {@code Actor} of its
 * organisation, so the same services and the same tenant checks answer as for staff
 * (docs/decisions/0018-json-api.md).
 */
@NullMarked
package se.platskompassen.api;

import org.jspecify.annotations.NullMarked;
