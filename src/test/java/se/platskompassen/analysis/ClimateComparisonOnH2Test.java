package se.platskompassen.analysis;

import se.platskompassen.testing.EmbeddedTest;

@EmbeddedTest
class ClimateComparisonOnH2Test extends ClimateComparisonContract {
}
