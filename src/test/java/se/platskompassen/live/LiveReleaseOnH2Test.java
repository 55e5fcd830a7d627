package se.platskompassen.live;

import se.platskompassen.testing.EmbeddedTest;

@EmbeddedTest
class LiveReleaseOnH2Test extends LiveReleaseContract {
}
