package se.platskompassen.live;

import se.platskompassen.testing.PostgresTest;

@PostgresTest
class LiveClimateOnPostgresTest extends LiveClimateContract {
}
