-- Booking attempts: one row per "check your answers" page, keyed by a random
-- idempotency key that the confirm form sends back. The row is claimed
-- (chosen -> sending) before the provider is called, so a double click or a
-- resubmitted form never books twice, and the outcome is written here before
-- the resident is told anything. `reference` is also sent to the provider as
-- the appointment's identifier, so an unknown outcome can be looked up.

CREATE TABLE booking_attempts (
    attempt_key TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    actor_account_id BIGINT NOT NULL,
    need_id TEXT NOT NULL,
    provider_id TEXT NOT NULL,
    slot_id TEXT NOT NULL,
    slot_start BIGINT NOT NULL,
    details TEXT NOT NULL,
    replaces_appointment TEXT,
    state TEXT NOT NULL,
    appointment_id TEXT,
    old_cancelled BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE INDEX booking_attempts_account ON booking_attempts (account_id, state);
