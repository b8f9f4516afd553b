//! Openings: a booking that one part of the service lets a resident make, where
//! and until when. Digital triage opens one when a sent request's outcome lets
//! the resident book; appointments reads it, names the one booking attempt made
//! from it and marks it used while that booking goes ahead. Neither feature reads
//! the other's tables: this type, below both, is where they meet.

use crate::{domain::AccountId, on_db, platform::db::Db};
use sqlx::Row;
use time::Date;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opening {
    /// The key of what opened it (the online request's key).
    pub key: String,
    pub account_id: AccountId,
    pub provider_id: String,
    /// The booking need (from the booking catalogue).
    pub need_id: String,
    /// The last UK day a time may be booked for.
    pub last_day: Date,
    /// No booking at or after this instant, when set.
    pub closes_at: Option<i64>,
    /// The booking attempt made from it, if any.
    pub booking_key: Option<String>,
    /// True while the booking made from it is going ahead or made.
    pub used: bool,
}

impl Opening {
    /// Whether a time may be booked from it now (`today` is the UK date of `now`).
    pub fn is_open(&self, today: Date, now: i64) -> bool {
        !self.used && today <= self.last_day && self.closes_at.is_none_or(|c| now < c)
    }
}

const COLUMNS: &str =
    "opening_key, account_id, provider_id, need_id, last_day, closes_at, booking_key, used";

/// Records an opening. Opening the same key again changes nothing.
pub async fn open(db: &Db, o: &Opening, now: i64) -> Result<(), sqlx::Error> {
    const SQL: &str = "INSERT INTO booking_openings \
        (opening_key, account_id, provider_id, need_id, last_day, closes_at, opened_at) \
        VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (opening_key) DO NOTHING";
    let last_day = o.last_day.to_string();
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(&o.key)
            .bind(o.account_id)
            .bind(&o.provider_id)
            .bind(&o.need_id)
            .bind(&last_day)
            .bind(o.closes_at)
            .bind(now)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

/// The opening with this key, only if it is for `account_id`.
pub async fn get(
    db: &Db,
    key: &str,
    account_id: AccountId,
) -> Result<Option<Opening>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM booking_openings WHERE opening_key = $1 AND account_id = $2"
    );
    on_db!(db, |pool| {
        let Some(r) = sqlx::query(&sql)
            .bind(key)
            .bind(account_id)
            .fetch_optional(pool)
            .await?
        else {
            return Ok(None);
        };
        let last_day: String = r.try_get("last_day")?;
        let Ok(last_day) = Date::parse(
            &last_day,
            &time::format_description::well_known::Iso8601::DATE,
        ) else {
            // An opening whose last day cannot be read opens nothing.
            return Ok(None);
        };
        Ok(Some(Opening {
            key: r.try_get("opening_key")?,
            account_id: r.try_get("account_id")?,
            provider_id: r.try_get("provider_id")?,
            need_id: r.try_get("need_id")?,
            last_day,
            closes_at: r.try_get("closes_at")?,
            booking_key: r.try_get("booking_key")?,
            used: r.try_get::<i64, _>("used")? != 0,
        }))
    })
}

/// Names the booking attempt made from an opening (the latest one chosen).
pub async fn attach(
    db: &Db,
    key: &str,
    account_id: AccountId,
    booking_key: &str,
) -> Result<(), sqlx::Error> {
    const SQL: &str = "UPDATE booking_openings SET booking_key = $1 \
                       WHERE opening_key = $2 AND account_id = $3";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(booking_key)
            .bind(key)
            .bind(account_id)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

/// The opening a booking attempt was made from, if it was.
pub async fn of_booking(
    db: &Db,
    booking_key: &str,
    account_id: AccountId,
) -> Result<Option<String>, sqlx::Error> {
    const SQL: &str =
        "SELECT opening_key FROM booking_openings WHERE booking_key = $1 AND account_id = $2";
    on_db!(db, |pool| {
        match sqlx::query(SQL)
            .bind(booking_key)
            .bind(account_id)
            .fetch_optional(pool)
            .await?
        {
            Some(r) => r.try_get::<String, _>("opening_key").map(Some),
            None => Ok(None),
        }
    })
}

/// Records whether the booking made from an opening is going ahead (or made):
/// while it is, the opening opens nothing more; when it was refused, it opens again.
pub async fn booking_moved(
    db: &Db,
    booking_key: &str,
    going_ahead: bool,
) -> Result<(), sqlx::Error> {
    const SQL: &str = "UPDATE booking_openings SET used = $1 WHERE booking_key = $2";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(i64::from(going_ahead))
            .bind(booking_key)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn opening(closes_at: Option<i64>, used: bool) -> Opening {
        Opening {
            key: "k".into(),
            account_id: AccountId(1),
            provider_id: "gp".into(),
            need_id: "same-day".into(),
            last_day: date!(2026 - 11 - 24),
            closes_at,
            booking_key: None,
            used,
        }
    }

    #[test]
    fn open_until_the_end_of_its_last_day_and_before_it_closes_and_only_once() {
        let o = opening(Some(1_000), false);
        assert!(o.is_open(date!(2026 - 11 - 24), 999));
        assert!(
            !o.is_open(date!(2026 - 11 - 25), 999),
            "the day after its last day"
        );
        assert!(
            !o.is_open(date!(2026 - 11 - 24), 1_000),
            "at its closing instant"
        );
        assert!(opening(None, false).is_open(date!(2026 - 11 - 24), i64::MAX));
        assert!(
            !opening(None, true).is_open(date!(2026 - 11 - 23), 0),
            "used"
        );
    }
}
