package se.platskompassen.analysis;

import se.platskompassen.testing.PostgresTest;

@PostgresTest
class AnalysisOnPostgresTest extends AnalysisContract {
}
