-- Digital triage. One row per online request, from its first answer: answers are
-- saved as a draft after every page, so going back, a failed send or a session
-- timeout loses nothing. `reference` is made with the draft and sent to the
-- practice as the Task's identifier, so a send that is retried (or whose answer
-- was lost) can never create a second request. Red flags are recorded apart, one
-- row per rule that stopped the questions, and are never deleted.

CREATE TABLE triage_requests (
    request_key TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    actor_account_id BIGINT NOT NULL,
    content_version TEXT NOT NULL,
    answers TEXT NOT NULL,
    state TEXT NOT NULL,
    disposition TEXT,
    rules TEXT,
    provider_id TEXT,
    task_id TEXT,
    send_problem TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    sent_at BIGINT,
    -- The booking attempt made from this request's outcome, if any: one booking per request.
    booking_key TEXT
);

CREATE INDEX triage_requests_account ON triage_requests (account_id, state);
CREATE INDEX triage_requests_sent ON triage_requests (provider_id, sent_at);

CREATE TABLE triage_red_flags (
    request_key TEXT NOT NULL,
    account_id BIGINT NOT NULL,
    actor_account_id BIGINT NOT NULL,
    rule_id TEXT NOT NULL,
    disposition TEXT NOT NULL,
    at BIGINT NOT NULL
);

CREATE INDEX triage_red_flags_request ON triage_red_flags (request_key);
