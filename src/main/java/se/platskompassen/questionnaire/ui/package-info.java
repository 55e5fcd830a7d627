@NullMarked
package se.platskompassen.questionnaire.ui;

import org.jspecify.annotations.NullMarked;
