@NullMarked
package se.platskompassen.audit;

import org.jspecify.annotations.NullMarked;
