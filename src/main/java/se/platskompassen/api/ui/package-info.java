@NullMarked
package se.platskompassen.api.ui;

import org.jspecify.annotations.NullMarked;
