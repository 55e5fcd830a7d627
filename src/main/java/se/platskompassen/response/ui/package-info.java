@NullMarked
package se.platskompassen.response.ui;

import org.jspecify.annotations.NullMarked;
