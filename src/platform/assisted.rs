//! Assisted sessions: a helper at a help point helps a resident, with that
//! resident's consent, for a time they agreed.
//!
//! A session starts with the helper alone (`started_at`); the resident then signs
//! in on the same screen, or reads out a one-time code from their own phone, and
//! agrees to what the helper may do and for how long (`agreed_at`, `scopes`,
//! `ends_at`). While it lasts, the helper's browser session names it, and every
//! request is checked against this row, the helper's staff row and the resident's
//! identity (`platform::acting`): an ending, the agreed time passing or a
//! suspension refuses the very next request.

use crate::{
    domain::{t, AccountId, ActingRefusal},
    on_db,
    platform::{
        acting::Scope,
        db::Db,
        identity::SignInMethod,
        proxies::{scopes_from_text, scopes_to_text},
        staff::{StaffMember, StaffRole},
        state::AppState,
    },
};
use sqlx::Row;

/// The longest a resident may agree to (the choices are the helpers feature's).
pub const LONGEST_MINUTES: i64 = 120;

/// Why a session ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// The resident pressed "End help now".
    Resident,
    /// The helper ended it (or finished and cleared the computer).
    Helper,
    /// The time the resident agreed passed.
    TimeUp,
    /// The browser session timed out.
    Timeout,
    /// The resident did not agree.
    Declined,
    /// The helper cancelled before the resident joined.
    Cancelled,
    /// The helper was suspended.
    Suspended,
}

impl Ending {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Resident => "resident",
            Self::Helper => "helper",
            Self::TimeUp => "time_up",
            Self::Timeout => "timeout",
            Self::Declined => "declined",
            Self::Cancelled => "cancelled",
            Self::Suspended => "suspended",
        }
    }

    /// In words for the helper's list of past sessions.
    pub fn described(s: &str) -> String {
        match s {
            "resident" => t("ended-ended-by-the-person-helped"),
            "helper" => t("ended-ended-by-you"),
            "time_up" => t("ended-reached-the-agreed-time"),
            "timeout" => t("ended-ended-after-no-activity"),
            "declined" => t("ended-the-person-did-not-agree"),
            "cancelled" => t("ended-cancelled-before-they-joined"),
            "suspended" => t("ended-ended-when-your-account-was"),
            _ => t("ended-ended"),
        }
    }
}

/// One row of `assisted_sessions`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assisted {
    pub id: i64,
    pub helper: AccountId,
    pub organisation_id: String,
    pub subject: Option<AccountId>,
    pub resident_method: Option<SignInMethod>,
    pub scopes: Vec<Scope>,
    pub started_at: i64,
    pub agreed_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub ended_at: Option<i64>,
    pub ended_why: Option<String>,
}

impl Assisted {
    /// Whether `helper` may do `scope` for the resident now, and if so for whom and
    /// with the identity of which sign-in (the resident's, never the helper's).
    pub fn allows(
        &self,
        helper: Option<&StaffMember>,
        actor: AccountId,
        scope: Scope,
        now: i64,
    ) -> Result<(AccountId, SignInMethod), ActingRefusal> {
        if self.helper != actor {
            return Err(ActingRefusal::NoAccess);
        }
        match helper {
            Some(m) if m.role == StaffRole::Helper && m.active() => {}
            _ => return Err(ActingRefusal::HelperSuspended),
        }
        if self.ended_at.is_some() {
            return Err(ActingRefusal::HelpEnded);
        }
        let (Some(subject), Some(method), Some(_), Some(ends_at)) = (
            self.subject,
            self.resident_method,
            self.agreed_at,
            self.ends_at,
        ) else {
            return Err(ActingRefusal::HelpNotAgreed);
        };
        if ends_at <= now {
            return Err(ActingRefusal::HelpTimeUp);
        }
        if scope == Scope::AccountDetails || !self.scopes.contains(&scope) {
            return Err(ActingRefusal::NotGiven);
        }
        Ok((subject, method))
    }

    pub fn live(&self, now: i64) -> bool {
        self.ended_at.is_none() && self.ends_at.is_none_or(|t| t > now)
    }
}

pub fn method_to_text(m: SignInMethod) -> String {
    serde_json::to_string(&m).unwrap_or_default()
}

pub fn method_from_text(s: &str) -> Option<SignInMethod> {
    serde_json::from_str(s).ok()
}

const COLUMNS: &str =
    "id, helper_account_id, organisation_id, subject_account_id, resident_method, scopes, \
                       started_at, agreed_at, ends_at, ended_at, ended_why";

async fn select(db: &Db, filter: &str, a: i64, limit: i64) -> Result<Vec<Assisted>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM assisted_sessions WHERE {filter} ORDER BY id DESC LIMIT {limit}"
    );
    on_db!(db, |pool| {
        sqlx::query(&sql)
            .bind(a)
            .fetch_all(pool)
            .await?
            .iter()
            .map(|r| {
                Ok(Assisted {
                    id: r.try_get("id")?,
                    helper: AccountId(r.try_get("helper_account_id")?),
                    organisation_id: r.try_get("organisation_id")?,
                    subject: r
                        .try_get::<Option<i64>, _>("subject_account_id")?
                        .map(AccountId),
                    resident_method: r
                        .try_get::<Option<String>, _>("resident_method")?
                        .and_then(|m| method_from_text(&m)),
                    scopes: scopes_from_text(&r.try_get::<String, _>("scopes")?),
                    started_at: r.try_get("started_at")?,
                    agreed_at: r.try_get("agreed_at")?,
                    ends_at: r.try_get("ends_at")?,
                    ended_at: r.try_get("ended_at")?,
                    ended_why: r.try_get("ended_why")?,
                })
            })
            .collect()
    })
}

pub async fn by_id(db: &Db, id: i64) -> Result<Option<Assisted>, sqlx::Error> {
    Ok(select(db, "id = $1", id, 1).await?.into_iter().next())
}

/// A helper's sessions, newest first.
pub async fn for_helper(
    db: &Db,
    helper: AccountId,
    limit: i64,
) -> Result<Vec<Assisted>, sqlx::Error> {
    select(db, "helper_account_id = $1", helper.0, limit).await
}

/// A new session, the helper alone.
pub async fn start(
    db: &Db,
    helper: AccountId,
    organisation: &str,
    now: i64,
) -> Result<i64, sqlx::Error> {
    const SQL: &str =
        "INSERT INTO assisted_sessions (helper_account_id, organisation_id, started_at) \
                       VALUES ($1, $2, $3) RETURNING id";
    on_db!(db, |pool| {
        sqlx::query_scalar(SQL)
            .bind(helper)
            .bind(organisation)
            .bind(now)
            .fetch_one(pool)
            .await
    })
}

/// What the resident agreed to. Only a session that is waiting (not agreed, not
/// ended) takes it; true when this call did.
pub async fn agree(
    db: &Db,
    id: i64,
    subject: AccountId,
    method: SignInMethod,
    scopes: &[Scope],
    minutes: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    const SQL: &str =
        "UPDATE assisted_sessions SET subject_account_id = $1, resident_method = $2, \
                       scopes = $3, agreed_at = $4, ends_at = $5 \
                       WHERE id = $6 AND agreed_at IS NULL AND ended_at IS NULL";
    let minutes = minutes.clamp(1, LONGEST_MINUTES);
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(subject)
            .bind(method_to_text(method))
            .bind(scopes_to_text(scopes))
            .bind(now)
            .bind(now + minutes * 60)
            .bind(id)
            .execute(pool)
            .await
            .map(|r| r.rows_affected() == 1)
    })
}

/// Ends a session now, once; true when this call ended it. A session that reached
/// its agreed time ends at that time.
pub async fn end(db: &Db, id: i64, why: Ending, now: i64) -> Result<bool, sqlx::Error> {
    const SQL: &str =
        "UPDATE assisted_sessions SET ended_at = CASE WHEN ends_at IS NOT NULL AND ends_at < $1 \
                       THEN ends_at ELSE $1 END, ended_why = $2 WHERE id = $3 AND ended_at IS NULL";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(now)
            .bind(why.as_str())
            .bind(id)
            .execute(pool)
            .await
            .map(|r| r.rows_affected() == 1)
    })
}

/// Ends every open session of a helper (when they are suspended).
pub async fn end_all_for_helper(
    db: &Db,
    helper: AccountId,
    why: Ending,
    now: i64,
) -> Result<(), sqlx::Error> {
    const SQL: &str = "UPDATE assisted_sessions SET ended_at = $1, ended_why = $2 \
                       WHERE helper_account_id = $3 AND ended_at IS NULL";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(now)
            .bind(why.as_str())
            .bind(helper)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

// ---- What was done ------------------------------------------------------------------

/// Lines for the summary a resident keeps ("Appointment booked: ...", "Request sent:
/// ..."): what `helper` did for `subject` between two times. Each feature that
/// acts for people gives one; the composition root collects them.
pub type DoneLines =
    fn(
        AppState,
        AccountId,
        AccountId,
        i64,
        i64,
    ) -> futures::future::BoxFuture<'static, Result<Vec<String>, crate::domain::AppError>>;

/// Every feature's [`DoneLines`], kept in the state's settings.
#[derive(Clone, Default)]
pub struct WhatWasDone(pub Vec<DoneLines>);

impl WhatWasDone {
    pub async fn lines(
        &self,
        state: &AppState,
        session: &Assisted,
        until: i64,
    ) -> Result<Vec<String>, crate::domain::AppError> {
        let (Some(subject), Some(from)) = (session.subject, session.agreed_at) else {
            return Ok(Vec::new());
        };
        let until = session.ended_at.unwrap_or(until);
        let mut lines = Vec::new();
        for part in &self.0 {
            lines.extend(part(state.clone(), session.helper, subject, from, until).await?);
        }
        Ok(lines)
    }
}

// ---- One-time codes ----------------------------------------------------------------

/// How long a code may be used after it is made.
pub const CODE_SECS: i64 = 10 * 60;

/// What a resident agreed to on their own phone, kept under the code's keyed hash.
pub struct NewCode<'a> {
    pub code_hash: &'a str,
    pub subject: AccountId,
    pub resident_method: SignInMethod,
    pub scopes: &'a [Scope],
    pub minutes: i64,
}

pub async fn insert_code(db: &Db, c: &NewCode<'_>, now: i64) -> Result<(), sqlx::Error> {
    const SQL: &str =
        "INSERT INTO helper_codes (code_hash, subject_account_id, resident_method, scopes, \
                       minutes, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(c.code_hash)
            .bind(c.subject)
            .bind(method_to_text(c.resident_method))
            .bind(scopes_to_text(c.scopes))
            .bind(c.minutes.clamp(1, LONGEST_MINUTES))
            .bind(now)
            .bind(now + CODE_SECS)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

/// What a code that was used by this call carried.
pub struct UsedCode {
    pub subject: AccountId,
    pub resident_method: SignInMethod,
    pub scopes: Vec<Scope>,
    pub minutes: i64,
}

/// Uses a code once: only an unused code in date is taken, by exactly one caller.
pub async fn use_code(
    db: &Db,
    code_hash: &str,
    helper: AccountId,
    now: i64,
) -> Result<Option<UsedCode>, sqlx::Error> {
    const SQL: &str = "UPDATE helper_codes SET used_at = $1, used_by = $2 WHERE code_hash = $3 \
                       AND used_at IS NULL AND expires_at > $1 \
                       RETURNING subject_account_id, resident_method, scopes, minutes";
    on_db!(db, |pool| {
        let Some(r) = sqlx::query(SQL)
            .bind(now)
            .bind(helper)
            .bind(code_hash)
            .fetch_optional(pool)
            .await?
        else {
            return Ok(None);
        };
        let subject: i64 = r.try_get("subject_account_id")?;
        let scopes: String = r.try_get("scopes")?;
        let minutes: i64 = r.try_get("minutes")?;
        let method: String = r.try_get("resident_method")?;
        Ok(method_from_text(&method).map(|m| UsedCode {
            subject: AccountId(subject),
            resident_method: m,
            scopes: scopes_from_text(&scopes),
            minutes,
        }))
    })
}

/// Withdraws a resident's unused codes (when they make a new one).
pub async fn withdraw_codes(db: &Db, subject: AccountId, now: i64) -> Result<(), sqlx::Error> {
    const SQL: &str = "UPDATE helper_codes SET expires_at = $1 WHERE subject_account_id = $2 \
                       AND used_at IS NULL AND expires_at > $1";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(now)
            .bind(subject)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn helper(active: bool) -> StaffMember {
        StaffMember {
            account: AccountId(7),
            role: StaffRole::Helper,
            organisation_id: Some("lib".into()),
            created_at: 0,
            suspended_at: (!active).then_some(5),
            full_name: "Amir".into(),
            email: None,
            set_up: true,
        }
    }

    fn agreed() -> Assisted {
        Assisted {
            id: 1,
            helper: AccountId(7),
            organisation_id: "lib".into(),
            subject: Some(AccountId(3)),
            resident_method: Some(SignInMethod::PasswordAndCode),
            scopes: vec![Scope::Appointments],
            started_at: 100,
            agreed_at: Some(110),
            ends_at: Some(110 + 1800),
            ended_at: None,
            ended_why: None,
        }
    }

    #[test]
    fn a_helper_may_do_only_what_was_agreed_until_the_agreed_time() {
        let a = agreed();
        let h = helper(true);
        assert_eq!(
            a.allows(Some(&h), AccountId(7), Scope::Appointments, 200),
            Ok((AccountId(3), SignInMethod::PasswordAndCode))
        );
        assert_eq!(
            a.allows(Some(&h), AccountId(7), Scope::Record, 200),
            Err(ActingRefusal::NotGiven)
        );
        assert_eq!(
            a.allows(Some(&h), AccountId(7), Scope::AccountDetails, 200),
            Err(ActingRefusal::NotGiven)
        );
        assert_eq!(
            a.allows(Some(&h), AccountId(7), Scope::Appointments, 1910),
            Err(ActingRefusal::HelpTimeUp),
            "from the agreed second"
        );
        assert_eq!(
            a.allows(Some(&h), AccountId(8), Scope::Appointments, 200),
            Err(ActingRefusal::NoAccess),
            "another helper's session"
        );
    }

    #[test]
    fn nothing_before_agreement_after_an_ending_or_once_suspended() {
        let mut waiting = agreed();
        waiting.agreed_at = None;
        let h = helper(true);
        assert_eq!(
            waiting.allows(Some(&h), AccountId(7), Scope::Appointments, 200),
            Err(ActingRefusal::HelpNotAgreed)
        );
        let mut ended = agreed();
        ended.ended_at = Some(150);
        assert_eq!(
            ended.allows(Some(&h), AccountId(7), Scope::Appointments, 200),
            Err(ActingRefusal::HelpEnded)
        );
        assert_eq!(
            agreed().allows(Some(&helper(false)), AccountId(7), Scope::Appointments, 200),
            Err(ActingRefusal::HelperSuspended)
        );
        assert_eq!(
            agreed().allows(None, AccountId(7), Scope::Appointments, 200),
            Err(ActingRefusal::HelperSuspended)
        );
    }

    #[test]
    fn sign_in_methods_are_kept_as_text() {
        for m in [
            SignInMethod::Password,
            SignInMethod::PasswordAndCode,
            SignInMethod::NhsLogin(crate::domain::IdentityLevel::P9),
        ] {
            assert_eq!(method_from_text(&method_to_text(m)), Some(m));
        }
        assert_eq!(method_from_text("nonsense"), None);
    }
}
