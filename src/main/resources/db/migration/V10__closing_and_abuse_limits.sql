-- Issue 13, items 5 and 6 (docs/decisions/0019-closed-dialogues-and-abuse-limits.md).

-- When staff closed the dialogue: a response started before it may still be saved and
-- submitted for a grace period after it (platskompassen.dialogue.close-grace). Null while open
-- and for dialogues closed before this migration (they get no grace).
ALTER TABLE dialogue ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;

-- An anonymous marker of the browser session a response was started in: the SHA-256 of a random
-- token the server drew for that session, never the address, the browser or anything that
-- identifies a person. It only lets the application count starts per session (abuse limits) and
-- show staff bursts from one session. Null for paper, imports and responses from before.
ALTER TABLE response ADD COLUMN session_marker VARCHAR(64);

-- A response staff excluded from the figures as suspected ballot stuffing: kept, never deleted,
-- with who, when and why; including it again clears all three.
ALTER TABLE response ADD COLUMN excluded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE response ADD COLUMN excluded_by VARCHAR(100);
ALTER TABLE response ADD COLUMN excluded_reason VARCHAR(500);

CREATE INDEX ix_response_session_started ON response (session_marker, started_at);
CREATE INDEX ix_response_dialogue_started ON response (dialogue_id, started_at);
