@NullMarked
package se.platskompassen.exchange.ui;

import org.jspecify.annotations.NullMarked;
