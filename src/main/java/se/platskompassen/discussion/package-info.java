/**
 * What a group agrees in a dialogue: per theme an agreed score, short notes and whether the theme
 * is a priority; and the actions the group decides on (what, who, by when).
 */
@NullMarked
package se.platskompassen.discussion;

import org.jspecify.annotations.NullMarked;
