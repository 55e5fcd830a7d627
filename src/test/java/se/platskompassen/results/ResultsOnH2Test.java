package se.platskompassen.results;

import se.platskompassen.testing.EmbeddedTest;

@EmbeddedTest
class ResultsOnH2Test extends ResultsContract {
}
