-- A resident who answers on their own device may come back to an unfinished response. Their
-- browser keeps a random secret for that (never the response id, which is in every export and
-- in the API); the database keeps only the secret's SHA-256 hash, in hex, and only until the
-- response is completed or the resident starts over. Exports and the API list their columns and
-- leave this one out (docs/decisions/0008-resident-flow.md).
ALTER TABLE response ADD COLUMN resume_hash VARCHAR(64);
CREATE UNIQUE INDEX uq_response_resume_hash ON response (resume_hash);
