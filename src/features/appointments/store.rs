//! SQL for booking attempts.

use crate::{
    domain::AccountId,
    on_db,
    platform::{
        attempts::{Also, Ledger},
        db::Db,
        openings,
    },
    stored_states,
};
use sqlx::Row;

stored_states! {
    /// Where a booking attempt is, as stored.
    pub enum BookState {
        /// A time is chosen and shown for checking; nothing is sent yet.
        Chosen = "chosen",
        /// Claimed by one confirm; the provider is being called.
        Sending = "sending",
        Booked = "booked",
        /// Someone else took the time first.
        Taken = "taken",
        /// The provider refused, or the time could no longer be booked.
        Failed = "failed",
        /// Sent, but the answer was lost: looked up by reference.
        Unknown = "unknown",
    }
    sending = Sending;
}

impl BookState {
    /// True while the booking is going ahead or made: an opening it came from
    /// opens nothing more.
    pub fn going_ahead(self) -> bool {
        matches!(self, Self::Sending | Self::Booked | Self::Unknown)
    }
}

/// Booking attempts are writes that happen once (see `platform::attempts`).
const ATTEMPTS: Ledger = Ledger {
    table: "booking_attempts",
    key_column: "attempt_key",
};

#[derive(Clone, Debug)]
pub struct Attempt {
    pub key: String,
    pub reference: String,
    pub account_id: AccountId,
    pub actor_account_id: AccountId,
    pub need_id: String,
    pub provider_id: String,
    pub slot_id: String,
    pub slot_start: i64,
    /// The chosen slot as the resident saw it (JSON of `ChosenSlot`).
    pub details: String,
    pub replaces_appointment: Option<String>,
    pub state: BookState,
    pub appointment_id: Option<String>,
    pub old_cancelled: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

const COLUMNS: &str = "attempt_key, reference, account_id, actor_account_id, need_id, provider_id, slot_id, \
     slot_start, details, replaces_appointment, state, appointment_id, old_cancelled, created_at, updated_at";

fn from_row<R: Row>(r: &R) -> Result<Attempt, sqlx::Error>
where
    for<'c> &'c str: sqlx::ColumnIndex<R>,
    for<'q> i64: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
    for<'q> String: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
    for<'q> Option<String>: sqlx::Decode<'q, R::Database>,
    for<'q> Option<i64>: sqlx::Decode<'q, R::Database>,
    for<'q> BookState: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
{
    Ok(Attempt {
        key: r.try_get("attempt_key")?,
        reference: r.try_get("reference")?,
        account_id: r.try_get("account_id")?,
        actor_account_id: r.try_get("actor_account_id")?,
        need_id: r.try_get("need_id")?,
        provider_id: r.try_get("provider_id")?,
        slot_id: r.try_get("slot_id")?,
        slot_start: r.try_get("slot_start")?,
        details: r.try_get("details")?,
        replaces_appointment: r.try_get("replaces_appointment")?,
        state: r.try_get("state")?,
        appointment_id: r.try_get("appointment_id")?,
        old_cancelled: r.try_get("old_cancelled")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
    })
}

pub async fn insert(db: &Db, a: &Attempt) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO booking_attempts ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)"
    );
    on_db!(db, |pool| {
        sqlx::query(&sql)
            .bind(&a.key)
            .bind(&a.reference)
            .bind(a.account_id)
            .bind(a.actor_account_id)
            .bind(&a.need_id)
            .bind(&a.provider_id)
            .bind(&a.slot_id)
            .bind(a.slot_start)
            .bind(&a.details)
            .bind(&a.replaces_appointment)
            .bind(a.state)
            .bind(&a.appointment_id)
            .bind(a.old_cancelled)
            .bind(a.created_at)
            .bind(a.updated_at)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

/// The attempt with this key, only if it belongs to `account_id`.
pub async fn get(
    db: &Db,
    key: &str,
    account_id: AccountId,
) -> Result<Option<Attempt>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM booking_attempts WHERE attempt_key = $1 AND account_id = $2"
    );
    on_db!(db, |pool| {
        match sqlx::query(&sql)
            .bind(key)
            .bind(account_id)
            .fetch_optional(pool)
            .await?
        {
            Some(r) => Ok(Some(from_row(&r)?)),
            None => Ok(None),
        }
    })
}

/// Attempts in any of `states` for this account, oldest first.
pub async fn in_states(
    db: &Db,
    account_id: AccountId,
    states: &[BookState],
) -> Result<Vec<Attempt>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM booking_attempts WHERE account_id = $1 ORDER BY created_at, attempt_key"
    );
    let all: Vec<Attempt> = on_db!(db, |pool| {
        sqlx::query(&sql)
            .bind(account_id)
            .fetch_all(pool)
            .await?
            .iter()
            .map(from_row)
            .collect::<Result<Vec<_>, _>>()?
    });
    Ok(all
        .into_iter()
        .filter(|a| states.contains(&a.state))
        .collect())
}

/// Claims a chosen attempt for booking. True only for the one caller that found it
/// chosen: this is what makes a resubmitted form harmless.
pub async fn claim(db: &Db, key: &str, now: i64) -> Result<bool, sqlx::Error> {
    let claimed = ATTEMPTS.claim(db, key, BookState::Chosen, now, &[]).await?;
    if claimed {
        openings::booking_moved(db, key, BookState::Sending.going_ahead()).await?;
    }
    Ok(claimed)
}

/// Records the outcome of a booking call (and whether an opening it came from
/// is now used).
pub async fn finish(
    db: &Db,
    key: &str,
    to: BookState,
    appointment_id: Option<&str>,
    now: i64,
) -> Result<(), sqlx::Error> {
    let also: Vec<Also> = appointment_id
        .map(|id| Also::Text("appointment_id", Some(id)))
        .into_iter()
        .collect();
    ATTEMPTS.finish(db, key, to, now, &also).await?;
    openings::booking_moved(db, key, to.going_ahead()).await
}

/// True when an attempt has been sending for longer than `after_secs` (the app
/// server that claimed it stopped): its outcome is unknown.
pub fn stalled(a: &Attempt, now: i64, after_secs: i64) -> bool {
    Ledger::stalled(a.state, a.updated_at, now, after_secs)
}

/// Records whether the appointment a change replaced was cancelled.
pub async fn set_old_cancelled(db: &Db, key: &str, cancelled: bool) -> Result<(), sqlx::Error> {
    const SQL: &str = "UPDATE booking_attempts SET old_cancelled = $1 WHERE attempt_key = $2";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(i64::from(cancelled))
            .bind(key)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

/// Booking references of appointments booked here, by (provider, appointment id).
pub async fn references(
    db: &Db,
    account_id: AccountId,
) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    const SQL: &str = "SELECT provider_id, appointment_id, reference FROM booking_attempts \
                       WHERE account_id = $1 AND state = $2 AND appointment_id IS NOT NULL";
    on_db!(db, |pool| {
        let rows = sqlx::query(SQL)
            .bind(account_id)
            .bind(BookState::Booked)
            .fetch_all(pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get("provider_id")?,
                    r.try_get("appointment_id")?,
                    r.try_get("reference")?,
                ))
            })
            .collect()
    })
}
