/** The public results page, the component it shows (also the staff preview), and the staff panel on the dialogue page. */
@NullMarked
package se.platskompassen.results.ui;

import org.jspecify.annotations.NullMarked;
