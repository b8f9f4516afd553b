-- The joined-up record: which patient id each provider system uses for an
-- account (found by NHS number and date of birth), and the last good copy of
-- each part of the record from each provider, shown when it cannot answer.
-- Copies hold the portal's own view of the items (JSON), never raw FHIR.

CREATE TABLE provider_links (
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    provider_id TEXT NOT NULL,
    patient_id TEXT NOT NULL,
    linked_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, provider_id)
);

CREATE TABLE record_copies (
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    provider_id TEXT NOT NULL,
    section TEXT NOT NULL,
    items TEXT NOT NULL,
    fetched_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, provider_id, section)
);
