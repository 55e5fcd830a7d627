@NullMarked
package se.platskompassen.base;

import org.jspecify.annotations.NullMarked;
