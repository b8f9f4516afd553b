-- Assisted digital: helpers at help points, and the sessions in which they help
-- a resident with that resident's consent.
--
-- Staff of Front Door: ICS administrators (no organisation), and the
-- administrators and helpers of an organisation named in the help points file.
-- A staff account is an account row; its password is set from a single-use
-- set-up link, and two-step sign-in is required before any staff page opens.
CREATE TABLE staff (
    account_id BIGINT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    organisation_id TEXT,
    created_by BIGINT,
    created_at BIGINT NOT NULL,
    suspended_at BIGINT,
    suspended_by BIGINT
);
CREATE INDEX staff_organisation ON staff (organisation_id);

-- Single-use links to set a staff account's password. Only a keyed hash is kept.
CREATE TABLE staff_set_up (
    token_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

-- One assisted session: a helper, then (once the resident has signed in or read
-- out a code, and agreed) the resident, what the helper may do and until when.
CREATE TABLE assisted_sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    helper_account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL,
    subject_account_id BIGINT REFERENCES accounts (id) ON DELETE CASCADE,
    -- How the resident signed in to agree (their identity counts, not the helper's).
    resident_method TEXT,
    scopes TEXT NOT NULL DEFAULT '',
    started_at BIGINT NOT NULL,
    agreed_at BIGINT,
    ends_at BIGINT,
    ended_at BIGINT,
    -- Why it ended: resident, helper, time, timeout, declined, cancelled, suspended.
    ended_why TEXT
);
CREATE INDEX assisted_sessions_helper ON assisted_sessions (helper_account_id);
CREATE INDEX assisted_sessions_subject ON assisted_sessions (subject_account_id);

-- One-time codes a resident makes on their own phone for a helper to enter.
-- Only a keyed hash of the code is kept; each is single use and lasts 10 minutes.
CREATE TABLE helper_codes (
    code_hash TEXT PRIMARY KEY,
    subject_account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    resident_method TEXT NOT NULL,
    scopes TEXT NOT NULL,
    minutes BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    used_by BIGINT
);
CREATE INDEX helper_codes_subject ON helper_codes (subject_account_id);
