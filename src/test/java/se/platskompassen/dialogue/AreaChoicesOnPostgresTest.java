package se.platskompassen.dialogue;

import se.platskompassen.testing.PostgresTest;

@PostgresTest
class AreaChoicesOnPostgresTest extends AreaChoicesContract {
}
