@NullMarked
package se.platskompassen.organisation.ui;

import org.jspecify.annotations.NullMarked;
