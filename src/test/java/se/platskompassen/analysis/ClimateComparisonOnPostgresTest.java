package se.platskompassen.analysis;

import se.platskompassen.testing.PostgresTest;

@PostgresTest
class ClimateComparisonOnPostgresTest extends ClimateComparisonContract {
}
