@NullMarked
package se.platskompassen.place;

import org.jspecify.annotations.NullMarked;
