package se.platskompassen.population;

import se.platskompassen.testing.PostgresTest;

@PostgresTest
class PopulationStorageOnPostgresTest extends PopulationStorageContract {
}
