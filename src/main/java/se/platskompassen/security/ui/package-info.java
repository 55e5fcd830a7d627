@NullMarked
package se.platskompassen.security.ui;

import org.jspecify.annotations.NullMarked;
