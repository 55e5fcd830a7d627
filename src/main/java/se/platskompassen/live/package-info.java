/**
 * Live updates: tells open views that something in a dialogue changed, in this instance and in
 * every other instance on the same PostgreSQL. The public face is {@link LiveUpdates}.
 */
@NullMarked
package se.platskompassen.live;

import org.jspecify.annotations.NullMarked;
