@NullMarked
package se.platskompassen.dialogue;

import org.jspecify.annotations.NullMarked;
