@NullMarked
package se.platskompassen.compass;

import org.jspecify.annotations.NullMarked;
