-- Openings: a booking that another part of the service lets a resident make,
-- where and until when. Triage writes one when a sent request's outcome lets the
-- resident book (same day, or within the practice's working days); appointments
-- reads it, names the one booking attempt made from it (`booking_key`) and marks
-- it used while that booking is going ahead or made (one booking per opening).
-- It replaces triage_requests.booking_key, so neither feature reads the other's
-- table.

CREATE TABLE booking_openings (
    opening_key TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    provider_id TEXT NOT NULL,
    need_id TEXT NOT NULL,
    -- The last UK day a time may be booked for (YYYY-MM-DD).
    last_day TEXT NOT NULL,
    -- No booking after this instant (unix seconds), when the opening has such a limit.
    closes_at BIGINT,
    booking_key TEXT,
    used BIGINT NOT NULL DEFAULT 0,
    opened_at BIGINT NOT NULL
);

CREATE INDEX booking_openings_booking ON booking_openings (booking_key);

-- triage_requests.booking_key is replaced by booking_openings.booking_key.
-- SQLite cannot drop that column in place (a comment precedes it in the table's
-- definition), so the table is rebuilt without it.
CREATE TABLE triage_requests_new (
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
    sent_at BIGINT
);

INSERT INTO triage_requests_new
SELECT request_key, reference, account_id, actor_account_id, content_version, answers, state,
       disposition, rules, provider_id, task_id, send_problem, created_at, updated_at, sent_at
FROM triage_requests;

DROP TABLE triage_requests;
ALTER TABLE triage_requests_new RENAME TO triage_requests;
CREATE INDEX triage_requests_account ON triage_requests (account_id, state);
CREATE INDEX triage_requests_sent ON triage_requests (provider_id, sent_at);
