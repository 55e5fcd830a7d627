package se.platskompassen.analysis;

import se.platskompassen.testing.EmbeddedTest;

@EmbeddedTest
class AnalysisOnH2Test extends AnalysisContract {
}
