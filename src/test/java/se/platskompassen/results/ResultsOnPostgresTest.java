package se.platskompassen.results;

import se.platskompassen.testing.PostgresTest;

@PostgresTest
class ResultsOnPostgresTest extends ResultsContract {
}
