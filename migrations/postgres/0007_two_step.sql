-- Two-step sign-in for accounts of Front Door's own: a time-based one-time code
-- (RFC 6238, 30-second steps) and single-use recovery codes (kept as keyed hashes).
CREATE TABLE two_step (
    account_id BIGINT PRIMARY KEY,
    secret TEXT NOT NULL,
    enabled_at BIGINT NOT NULL,
    -- The last step whose code was used: a code is accepted once.
    last_step BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE recovery_codes (
    account_id BIGINT NOT NULL,
    code_hash TEXT NOT NULL,
    used_at BIGINT
);
CREATE INDEX recovery_codes_account ON recovery_codes (account_id);
