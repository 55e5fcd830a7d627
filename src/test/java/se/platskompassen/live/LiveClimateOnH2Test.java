package se.platskompassen.live;

import se.platskompassen.testing.EmbeddedTest;

@EmbeddedTest
class LiveClimateOnH2Test extends LiveClimateContract {
}
