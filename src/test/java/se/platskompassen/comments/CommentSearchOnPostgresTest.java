package se.platskompassen.comments;

import se.platskompassen.testing.PostgresTest;

/** The same search and tags on PostgreSQL, with the production migrations. */
@PostgresTest
class CommentSearchOnPostgresTest extends CommentSearchContract {
}
