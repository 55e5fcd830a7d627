@NullMarked
package se.platskompassen.demo;

import org.jspecify.annotations.NullMarked;
