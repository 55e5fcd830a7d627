@NullMarked
package se.platskompassen.base.ui;

import org.jspecify.annotations.NullMarked;
