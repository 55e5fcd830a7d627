/**
 * Residents' comments for planners: browsing and searching all comments of a selection, and the
 * organisation's own tags ("belysning", "buss", "trygghet") to count and filter them.
 * {@link se.platskompassen.comments.CommentService} is the public face.
 */
@NullMarked
package se.platskompassen.comments;

import org.jspecify.annotations.NullMarked;
