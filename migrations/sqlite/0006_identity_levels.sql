-- Identity levels (NHS login's P0, P5, P9) and the NHS login subject linked to an account.
-- Every existing account starts at P0: a typed NHS number no longer opens a record.
-- Accounts made through NHS login have no password of Front Door's own (password_hash '').
ALTER TABLE accounts ADD COLUMN identity_level TEXT NOT NULL DEFAULT 'P0';
ALTER TABLE accounts ADD COLUMN nhs_number_source TEXT;
ALTER TABLE accounts ADD COLUMN nhs_login_sub TEXT;
UPDATE accounts SET nhs_number_source = 'typed' WHERE nhs_number IS NOT NULL;
CREATE UNIQUE INDEX accounts_nhs_login_sub ON accounts (nhs_login_sub);
