-- Downloads of the whole record, prepared in the background: every provider is
-- paged through completely (within a stated limit) with a longer time budget than
-- a page has, and the file is offered when it is ready. One row per request, for
-- the person who asked (actor) and the person whose record it is (subject); the
-- file is kept on the server for a day, then deleted.
CREATE TABLE record_exports (
    id TEXT PRIMARY KEY,
    actor_account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    subject_account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    finished_at BIGINT,
    resources BIGINT NOT NULL DEFAULT 0,
    -- Organisation-level sentences only ("Information from X is incomplete").
    missing TEXT NOT NULL DEFAULT '',
    body TEXT
);
CREATE INDEX record_exports_for ON record_exports (actor_account_id, subject_account_id, created_at);
