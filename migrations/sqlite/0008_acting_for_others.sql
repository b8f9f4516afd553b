-- Acting for someone else: carers and parents with their own login.
--
-- 1. Accounts may now belong to people who do not sign in themselves (a child
--    known through their GP's record of parental responsibility): email becomes
--    optional. SQLite cannot drop NOT NULL in place, and migrations run inside a
--    transaction, where foreign keys cannot be turned off; so the rows of the
--    tables that refer to accounts are kept aside, the table is rebuilt (dropping
--    it deletes them by cascade), and they are put back.
-- 2. Who may act for whom (`proxy_access`), and invitations to do so.
-- 3. The audit trail records the role the actor acted in.
CREATE TEMP TABLE keep_provider_links AS SELECT * FROM provider_links;
CREATE TEMP TABLE keep_record_copies AS SELECT * FROM record_copies;
CREATE TEMP TABLE keep_booking_attempts AS SELECT * FROM booking_attempts;
CREATE TEMP TABLE keep_triage_requests AS SELECT * FROM triage_requests;
CREATE TEMP TABLE keep_booking_openings AS SELECT * FROM booking_openings;

CREATE TABLE accounts_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    full_name TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    email TEXT UNIQUE,
    password_hash TEXT NOT NULL,
    nhs_number TEXT,
    created_at BIGINT NOT NULL,
    identity_level TEXT NOT NULL DEFAULT 'P0',
    nhs_number_source TEXT,
    nhs_login_sub TEXT
);
INSERT INTO accounts_new (id, full_name, date_of_birth, email, password_hash, nhs_number,
                          created_at, identity_level, nhs_number_source, nhs_login_sub)
SELECT id, full_name, date_of_birth, email, password_hash, nhs_number,
       created_at, identity_level, nhs_number_source, nhs_login_sub
FROM accounts;
DROP TABLE accounts;
ALTER TABLE accounts_new RENAME TO accounts;
CREATE UNIQUE INDEX accounts_nhs_login_sub ON accounts (nhs_login_sub);
CREATE INDEX accounts_nhs_number ON accounts (nhs_number);

INSERT INTO provider_links SELECT * FROM keep_provider_links;
INSERT INTO record_copies SELECT * FROM keep_record_copies;
INSERT INTO booking_attempts SELECT * FROM keep_booking_attempts;
INSERT INTO triage_requests SELECT * FROM keep_triage_requests;
INSERT INTO booking_openings SELECT * FROM keep_booking_openings;
DROP TABLE keep_provider_links;
DROP TABLE keep_record_copies;
DROP TABLE keep_booking_attempts;
DROP TABLE keep_triage_requests;
DROP TABLE keep_booking_openings;

-- One row per person who may act for another. `basis` says why: the resident's
-- own consent, or a relationship the GP practice recorded (parental
-- responsibility, lasting power of attorney, court-appointed deputy).
-- What the proxy may do (`scopes`) is checked against the rules for the basis
-- (for example the child's age) on every request.
CREATE TABLE proxy_access (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    subject_account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    proxy_account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    basis TEXT NOT NULL,
    -- Words from a fixed list: what the proxy is to the subject, and the subject to the proxy.
    proxy_is TEXT NOT NULL,
    subject_is TEXT NOT NULL,
    scopes TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT,
    ended_at BIGINT,
    ended_by BIGINT,
    -- For a relationship the GP practice recorded: its system and the RelatedPerson id there.
    provider_id TEXT,
    provider_ref TEXT,
    -- The practice recorded that a parent keeps full access after the child's 11th birthday.
    practice_allows_older_child INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX proxy_access_proxy ON proxy_access (proxy_account_id);
CREATE INDEX proxy_access_subject ON proxy_access (subject_account_id);

-- Invitations from a resident to a named person. Only a keyed hash of the
-- single-use token is kept. No clinical detail is held or shown.
CREATE TABLE proxy_invitations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash TEXT NOT NULL UNIQUE,
    subject_account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    invitee_name TEXT NOT NULL,
    invitee_email TEXT NOT NULL,
    proxy_is TEXT NOT NULL,
    subject_is TEXT NOT NULL,
    scopes TEXT NOT NULL,
    access_ends_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    accepted_at BIGINT,
    accepted_by BIGINT,
    withdrawn_at BIGINT
);
CREATE INDEX proxy_invitations_subject ON proxy_invitations (subject_account_id);

ALTER TABLE audit_events ADD COLUMN role TEXT;
