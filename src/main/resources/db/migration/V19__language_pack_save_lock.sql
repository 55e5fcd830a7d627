-- One row that every save of a language pack locks (SELECT … FOR UPDATE) first in its
-- transaction, so that saves on every instance happen one after the other and each plans its
-- questionnaire revisions from what the save before it kept (decision 0042). A row lock rather
-- than PostgreSQL's advisory locks, so that the embedded H2 database serializes the same way.
CREATE TABLE language_pack_save_lock (
    id INTEGER PRIMARY KEY CHECK (id = 1)
);
INSERT INTO language_pack_save_lock (id) VALUES (1);
