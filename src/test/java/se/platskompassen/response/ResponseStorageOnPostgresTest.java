package se.platskompassen.response;

import se.platskompassen.testing.PostgresTest;

@PostgresTest
class ResponseStorageOnPostgresTest extends ResponseStorageContract {
}
