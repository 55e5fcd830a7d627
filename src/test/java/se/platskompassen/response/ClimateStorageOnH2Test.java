package se.platskompassen.response;

import se.platskompassen.testing.EmbeddedTest;

@EmbeddedTest
class ClimateStorageOnH2Test extends ClimateStorageContract {
}
