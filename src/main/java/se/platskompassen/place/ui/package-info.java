@NullMarked
package se.platskompassen.place.ui;

import org.jspecify.annotations.NullMarked;
