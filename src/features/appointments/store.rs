//! SQL for booking attempts.

use crate::{on_db, server::db::Db};
use sqlx::Row;

/// Where an attempt is, as stored.
pub mod state {
    pub const CHOSEN: &str = "chosen";
    pub const SENDING: &str = "sending";
    pub const BOOKED: &str = "booked";
    pub const TAKEN: &str = "taken";
    pub const FAILED: &str = "failed";
    pub const UNKNOWN: &str = "unknown";
}

#[derive(Clone, Debug)]
pub struct Attempt {
    pub key: String,
    pub reference: String,
    pub account_id: i64,
    pub actor_account_id: i64,
    pub need_id: String,
    pub provider_id: String,
    pub slot_id: String,
    pub slot_start: i64,
    /// The chosen slot as the resident saw it (JSON of `ChosenSlot`).
    pub details: String,
    pub replaces_appointment: Option<String>,
    pub state: String,
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
            .bind(&a.state)
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
pub async fn get(db: &Db, key: &str, account_id: i64) -> Result<Option<Attempt>, sqlx::Error> {
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
    account_id: i64,
    states: &[&str],
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
        .filter(|a| states.contains(&a.state.as_str()))
        .collect())
}

/// Moves an attempt from one state to another. True only for the one caller that
/// found it in `from`: this is what makes a resubmitted form harmless.
pub async fn transition(
    db: &Db,
    key: &str,
    from: &str,
    to: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    const SQL: &str = "UPDATE booking_attempts SET state = $1, updated_at = $2 WHERE attempt_key = $3 AND state = $4";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(to)
            .bind(now)
            .bind(key)
            .bind(from)
            .execute(pool)
            .await
            .map(|r| r.rows_affected() == 1)
    })
}

/// Records the outcome of a booking call.
pub async fn finish(
    db: &Db,
    key: &str,
    to: &str,
    appointment_id: Option<&str>,
    now: i64,
) -> Result<(), sqlx::Error> {
    const SQL: &str = "UPDATE booking_attempts SET state = $1, appointment_id = COALESCE($2, appointment_id), updated_at = $3 WHERE attempt_key = $4";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(to)
            .bind(appointment_id)
            .bind(now)
            .bind(key)
            .execute(pool)
            .await
            .map(|_| ())
    })
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
    account_id: i64,
) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    const SQL: &str = "SELECT provider_id, appointment_id, reference FROM booking_attempts \
                       WHERE account_id = $1 AND state = 'booked' AND appointment_id IS NOT NULL";
    on_db!(db, |pool| {
        let rows = sqlx::query(SQL).bind(account_id).fetch_all(pool).await?;
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
