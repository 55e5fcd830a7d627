@NullMarked
package se.platskompassen.compass.ui;

import org.jspecify.annotations.NullMarked;
