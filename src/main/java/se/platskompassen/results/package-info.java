/**
 * "Vad vi hörde – vad vi gör": a dialogue's results on a public page ({@code /r/{code}}) once
 * staff publish them: the group's figures after the organisation's small-group rule, what the
 * group agreed, the actions and where they stand, and the comments staff chose to show. Also the
 * printable poster with a QR code to the page.
 */
@NullMarked
package se.platskompassen.results;

import org.jspecify.annotations.NullMarked;
