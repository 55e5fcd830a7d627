package se.platskompassen.dialogue;

import se.platskompassen.testing.EmbeddedTest;

@EmbeddedTest
class AreaChoicesOnH2Test extends AreaChoicesContract {
}
