package se.platskompassen.comments;

import se.platskompassen.testing.EmbeddedTest;

@EmbeddedTest
class CommentSearchOnH2Test extends CommentSearchContract {
}
