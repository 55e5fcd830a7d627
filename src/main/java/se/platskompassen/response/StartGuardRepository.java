package se.platskompassen.response;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads that guard a resident's start: the dialogue's row, locked for the start's transaction,
 * so that a close and the starts of one dialogue happen one after the other, on every instance.
 */
@Repository
class StartGuardRepository {

    private final JdbcClient jdbc;

    StartGuardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the dialogue's row until the transaction ends; a close waits for a start and the other way round. */
    void lockDialogue(long dialogueId) {
        jdbc.sql("SELECT id FROM dialogue WHERE id = :id FOR UPDATE").param("id", dialogueId).query(Long.class).list();
    }
}
