@NullMarked
package se.platskompassen.security;

import org.jspecify.annotations.NullMarked;
