package se.platskompassen.response;

import se.platskompassen.testing.EmbeddedTest;

@EmbeddedTest
class ResponseStorageOnH2Test extends ResponseStorageContract {
}
