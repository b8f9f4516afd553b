-- Acting for someone else: carers and parents with their own login.
--
-- 1. Accounts may now belong to people who do not sign in themselves (a child
--    known through their GP's record of parental responsibility): email becomes optional.
-- 2. Who may act for whom (`proxy_access`), and invitations to do so.
-- 3. The audit trail records the role the actor acted in.
ALTER TABLE accounts ALTER COLUMN email DROP NOT NULL;
CREATE INDEX accounts_nhs_number ON accounts (nhs_number);

-- One row per person who may act for another. `basis` says why: the resident's
-- own consent, or a relationship the GP practice recorded (parental
-- responsibility, lasting power of attorney, court-appointed deputy).
-- What the proxy may do (`scopes`) is checked against the rules for the basis
-- (for example the child's age) on every request.
CREATE TABLE proxy_access (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
    practice_allows_older_child BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX proxy_access_proxy ON proxy_access (proxy_account_id);
CREATE INDEX proxy_access_subject ON proxy_access (subject_account_id);

-- Invitations from a resident to a named person. Only a keyed hash of the
-- single-use token is kept. No clinical detail is held or shown.
CREATE TABLE proxy_invitations (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
