@NullMarked
package se.platskompassen.response;

import org.jspecify.annotations.NullMarked;
