@NullMarked
package se.platskompassen.questionnaire;

import org.jspecify.annotations.NullMarked;
