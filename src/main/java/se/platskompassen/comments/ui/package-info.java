@NullMarked
package se.platskompassen.comments.ui;

import org.jspecify.annotations.NullMarked;
