@NullMarked
package se.platskompassen.organisation;

import org.jspecify.annotations.NullMarked;
