/** The projector: the live compass of a dialogue, and dialogue mode for walking through the themes. */
@NullMarked
package se.platskompassen.live.ui;

import org.jspecify.annotations.NullMarked;
