package se.platskompassen.population;

import se.platskompassen.testing.EmbeddedTest;

@EmbeddedTest
class PopulationStorageOnH2Test extends PopulationStorageContract {
}
