/** Facilitators' pages for one dialogue: its settings, how residents join, and what the group agreed. */
@NullMarked
package se.platskompassen.dialogue.ui;

import org.jspecify.annotations.NullMarked;
