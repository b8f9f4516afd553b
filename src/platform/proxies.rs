//! Who may act for whom: carers and parents with their own login.
//!
//! One row in `proxy_access` says that a proxy may act for a subject, on what
//! basis (the subject's own consent, or a relationship their GP practice
//! recorded), with which scopes, and until when. What the row allows *now* is
//! decided here, from the row, the subject's age and the practice's rules, on
//! every request: nothing is kept in the session.

use crate::{
    domain::{person, t, uk_time::uk_local, AccountId, ActingRefusal},
    on_db,
    platform::{acting::Scope, db::Db},
};
use serde::Deserialize;
use sqlx::Row;
use std::collections::HashMap;
use time::Date;

/// Why a proxy may act for the subject.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// The subject (16 or over) invited them and chose what they may do.
    Consent,
    /// The GP practice recorded parental responsibility for a child.
    ParentalResponsibility,
    /// The GP practice recorded a lasting power of attorney for health and welfare.
    LastingPowerOfAttorney,
    /// The GP practice recorded a deputy appointed by the Court of Protection.
    CourtDeputy,
}

impl Basis {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Consent => "consent",
            Self::ParentalResponsibility => "parental_responsibility",
            Self::LastingPowerOfAttorney => "lasting_power_of_attorney",
            Self::CourtDeputy => "court_deputy",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "consent" => Some(Self::Consent),
            "parental_responsibility" => Some(Self::ParentalResponsibility),
            "lasting_power_of_attorney" => Some(Self::LastingPowerOfAttorney),
            "court_deputy" => Some(Self::CourtDeputy),
            _ => None,
        }
    }

    /// How it was granted, in words for the resident.
    pub fn granted_how(self) -> String {
        match self {
            Self::Consent => t("proxy-by-you"),
            Self::ParentalResponsibility => t("proxy-by-your-gp-surgery-parental"),
            Self::LastingPowerOfAttorney => t("proxy-by-your-gp-surgery-lasting"),
            Self::CourtDeputy => t("proxy-by-your-gp-surgery-deputy"),
        }
    }
}

/// The scopes a proxy can be given, in the order they are shown.
pub const GRANTABLE: [Scope; 4] = [
    Scope::Record,
    Scope::ResultsAndLetters,
    Scope::Appointments,
    Scope::Triage,
];

pub fn scopes_to_text(scopes: &[Scope]) -> String {
    GRANTABLE
        .iter()
        .filter(|s| scopes.contains(s))
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

pub fn scopes_from_text(text: &str) -> Vec<Scope> {
    text.split(',')
        .filter_map(|s| GRANTABLE.iter().copied().find(|g| g.as_str() == s.trim()))
        .collect()
}

/// One row of `proxy_access`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grant {
    pub id: i64,
    pub subject: AccountId,
    pub proxy: AccountId,
    pub basis: Basis,
    /// What the proxy is to the subject ("mother", "daughter", "attorney").
    pub proxy_is: String,
    /// What the subject is to the proxy ("son", "father").
    pub subject_is: String,
    pub scopes: Vec<Scope>,
    pub starts_at: i64,
    pub ends_at: Option<i64>,
    pub ended_at: Option<i64>,
    pub provider_id: Option<String>,
    pub provider_ref: Option<String>,
    pub practice_allows_older_child: bool,
}

/// The practice's rules for proxy access (NHS England's proxy guidance, with the
/// limits a practice may set for itself).
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct PracticeRules {
    /// The longest a resident's own grant may last, in months (18).
    pub max_consent_months: u32,
    /// From this birthday a parent no longer sees the child's record, results or
    /// letters, unless the practice has recorded otherwise (11).
    pub child_narrows_at: i64,
    /// At this birthday parental access ends (16).
    pub parental_access_ends_at: i64,
    /// The youngest a resident may be to invite someone to act for them (16).
    pub may_invite_from: i64,
}

impl Default for PracticeRules {
    fn default() -> Self {
        Self {
            max_consent_months: 18,
            child_narrows_at: 11,
            parental_access_ends_at: 16,
            may_invite_from: 16,
        }
    }
}

/// Rules for every practice: the defaults, and practices that set their own (by ODS code).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProxyRules {
    #[serde(default)]
    pub default: PracticeRules,
    #[serde(default)]
    pub practices: HashMap<String, PracticeRules>,
}

impl ProxyRules {
    pub fn parse(text: &str) -> Result<Self, String> {
        let rules: Self = serde_json::from_str(text).map_err(|e| e.to_string())?;
        for (ods, r) in std::iter::once(("default".to_string(), rules.default))
            .chain(rules.practices.iter().map(|(k, v)| (k.clone(), *v)))
        {
            if r.max_consent_months == 0 || r.max_consent_months > 120 {
                return Err(format!(
                    "{ods}: max_consent_months must be between 1 and 120"
                ));
            }
            if !(0 < r.child_narrows_at && r.child_narrows_at <= r.parental_access_ends_at)
                || r.parental_access_ends_at > 18
                || r.may_invite_from > 18
            {
                return Err(format!(
                    "{ods}: ages must satisfy 0 < child_narrows_at <= parental_access_ends_at <= 18"
                ));
            }
        }
        Ok(rules)
    }

    /// `FRONTDOOR_PROXY_RULES_FILE`, or the built-in rules (NHS England's defaults).
    pub fn from_lookup(lookup: &impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        match crate::platform::config::var(lookup, "FRONTDOOR_PROXY_RULES_FILE") {
            None => Self::parse(include_str!("../../data/proxy-access.json"))
                .map_err(|e| format!("the built-in proxy rules: {e}")),
            Some(path) => std::fs::read_to_string(&path)
                .map_err(|e| e.to_string())
                .and_then(|text| Self::parse(&text))
                .map_err(|e| format!("FRONTDOOR_PROXY_RULES_FILE {path}: {e}")),
        }
    }

    /// The rules of the practice with this ODS code (the defaults when it set none).
    pub fn for_practice(&self, ods_code: Option<&str>) -> PracticeRules {
        ods_code
            .and_then(|ods| self.practices.get(&ods.to_ascii_uppercase()))
            .copied()
            .unwrap_or(self.default)
    }
}

/// What a grant allows now, or why it allows nothing.
///
/// `today` is the UK date now; `subject_born` the subject's date of birth (as their
/// GP practice holds it for relationships the practice recorded).
pub fn allowed_now(
    grant: &Grant,
    subject_born: Option<Date>,
    now: i64,
    today: Date,
    rules: PracticeRules,
) -> Result<Vec<Scope>, ActingRefusal> {
    if grant.ended_at.is_some_and(|t| t <= now) {
        return Err(ActingRefusal::Ended);
    }
    if grant.starts_at > now || grant.ends_at.is_some_and(|t| t <= now) {
        return Err(ActingRefusal::Expired);
    }
    match grant.basis {
        Basis::ParentalResponsibility => {
            let age = subject_born
                .and_then(|born| person::age_in_years(born, today))
                .ok_or(ActingRefusal::BirthDateUnknown)?;
            if age >= rules.parental_access_ends_at {
                return Err(ActingRefusal::ChildGrownUp);
            }
            if age >= rules.child_narrows_at && !grant.practice_allows_older_child {
                return Ok(grant
                    .scopes
                    .iter()
                    .copied()
                    .filter(|s| !matches!(s, Scope::Record | Scope::ResultsAndLetters))
                    .collect());
            }
            Ok(grant.scopes.clone())
        }
        _ => Ok(grant.scopes.clone()),
    }
}

/// Why `scope` is refused under this grant now, if it is.
pub fn refusal(
    grant: &Grant,
    scope: Scope,
    subject_born: Option<Date>,
    now: i64,
    rules: PracticeRules,
) -> Option<ActingRefusal> {
    let today = uk_local(now).date();
    match allowed_now(grant, subject_born, now, today, rules) {
        Err(r) => Some(r),
        Ok(scopes) if scopes.contains(&scope) => None,
        Ok(_) if grant.scopes.contains(&scope) => Some(ActingRefusal::NotFromThisAge),
        Ok(_) => Some(ActingRefusal::NotGiven),
    }
}

// ---- The store -------------------------------------------------------------------

const COLUMNS: &str = "id, subject_account_id, proxy_account_id, basis, proxy_is, subject_is, scopes, \
                       starts_at, ends_at, ended_at, provider_id, provider_ref, practice_allows_older_child";

fn from_row<R: Row>(r: &R) -> Result<Grant, sqlx::Error>
where
    for<'c> &'c str: sqlx::ColumnIndex<R>,
    for<'q> i64: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
    for<'q> Option<i64>: sqlx::Decode<'q, R::Database>,
    for<'q> String: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
    for<'q> Option<String>: sqlx::Decode<'q, R::Database>,
{
    Ok(Grant {
        id: r.try_get("id")?,
        subject: AccountId(r.try_get("subject_account_id")?),
        proxy: AccountId(r.try_get("proxy_account_id")?),
        basis: Basis::parse(&r.try_get::<String, _>("basis")?).unwrap_or(Basis::Consent),
        proxy_is: r.try_get("proxy_is")?,
        subject_is: r.try_get("subject_is")?,
        scopes: scopes_from_text(&r.try_get::<String, _>("scopes")?),
        starts_at: r.try_get("starts_at")?,
        ends_at: r.try_get("ends_at")?,
        ended_at: r.try_get("ended_at")?,
        provider_id: r.try_get("provider_id")?,
        provider_ref: r.try_get("provider_ref")?,
        practice_allows_older_child: r.try_get::<i64, _>("practice_allows_older_child")? != 0,
    })
}

async fn select(db: &Db, filter: &str, a: i64, b: Option<i64>) -> Result<Vec<Grant>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM proxy_access WHERE {filter} ORDER BY id");
    on_db!(db, |pool| {
        let mut q = sqlx::query(&sql).bind(a);
        if let Some(b) = b {
            q = q.bind(b);
        }
        q.fetch_all(pool)
            .await?
            .iter()
            .map(from_row)
            .collect::<Result<Vec<_>, _>>()
    })
}

/// The grants (current or not) under which `proxy` may act for `subject`, newest last.
pub async fn between(
    db: &Db,
    proxy: AccountId,
    subject: AccountId,
) -> Result<Vec<Grant>, sqlx::Error> {
    select(
        db,
        "proxy_account_id = $1 AND subject_account_id = $2",
        proxy.0,
        Some(subject.0),
    )
    .await
}

/// Every grant that names `proxy` and has not been ended.
pub async fn for_proxy(db: &Db, proxy: AccountId) -> Result<Vec<Grant>, sqlx::Error> {
    select(
        db,
        "proxy_account_id = $1 AND ended_at IS NULL",
        proxy.0,
        None,
    )
    .await
}

/// Every grant for `subject` that has not been ended.
pub async fn for_subject(db: &Db, subject: AccountId) -> Result<Vec<Grant>, sqlx::Error> {
    select(
        db,
        "subject_account_id = $1 AND ended_at IS NULL",
        subject.0,
        None,
    )
    .await
}

pub async fn by_id(db: &Db, id: i64) -> Result<Option<Grant>, sqlx::Error> {
    Ok(select(db, "id = $1", id, None).await?.into_iter().next())
}

/// A new grant to write.
pub struct NewGrant<'a> {
    pub subject: AccountId,
    pub proxy: AccountId,
    pub basis: Basis,
    pub proxy_is: &'a str,
    pub subject_is: &'a str,
    pub scopes: &'a [Scope],
    pub starts_at: i64,
    pub ends_at: Option<i64>,
    pub provider_id: Option<&'a str>,
    pub provider_ref: Option<&'a str>,
    pub practice_allows_older_child: bool,
}

pub async fn insert(db: &Db, g: &NewGrant<'_>, now: i64) -> Result<i64, sqlx::Error> {
    const SQL: &str = "INSERT INTO proxy_access (subject_account_id, proxy_account_id, basis, proxy_is, \
                       subject_is, scopes, starts_at, ends_at, provider_id, provider_ref, \
                       practice_allows_older_child, created_at, updated_at) \
                       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id";
    on_db!(db, |pool| {
        sqlx::query_scalar(SQL)
            .bind(g.subject)
            .bind(g.proxy)
            .bind(g.basis.as_str())
            .bind(g.proxy_is)
            .bind(g.subject_is)
            .bind(scopes_to_text(g.scopes))
            .bind(g.starts_at)
            .bind(g.ends_at)
            .bind(g.provider_id)
            .bind(g.provider_ref)
            .bind(i64::from(g.practice_allows_older_child))
            .bind(now)
            .fetch_one(pool)
            .await
    })
}

/// Keeps a practice-recorded grant as the practice now records it.
pub async fn refresh_from_practice(
    db: &Db,
    id: i64,
    g: &NewGrant<'_>,
    now: i64,
) -> Result<(), sqlx::Error> {
    const SQL: &str =
        "UPDATE proxy_access SET proxy_is = $1, subject_is = $2, scopes = $3, starts_at = $4, \
                       ends_at = $5, practice_allows_older_child = $6, basis = $7, updated_at = $8 \
                       WHERE id = $9 AND ended_at IS NULL";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(g.proxy_is)
            .bind(g.subject_is)
            .bind(scopes_to_text(g.scopes))
            .bind(g.starts_at)
            .bind(g.ends_at)
            .bind(i64::from(g.practice_allows_older_child))
            .bind(g.basis.as_str())
            .bind(now)
            .bind(id)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

/// Changes what a resident's own grant allows and until when. Only a grant that has
/// not ended changes; true when one did.
pub async fn change(
    db: &Db,
    id: i64,
    scopes: &[Scope],
    ends_at: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    const SQL: &str = "UPDATE proxy_access SET scopes = $1, ends_at = $2, updated_at = $3 \
                       WHERE id = $4 AND ended_at IS NULL AND basis = 'consent'";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(scopes_to_text(scopes))
            .bind(ends_at)
            .bind(now)
            .bind(id)
            .execute(pool)
            .await
            .map(|r| r.rows_affected() == 1)
    })
}

/// Ends a grant now (by the resident, or because the practice no longer records it).
pub async fn end(db: &Db, id: i64, by: Option<AccountId>, now: i64) -> Result<bool, sqlx::Error> {
    const SQL: &str = "UPDATE proxy_access SET ended_at = $1, ended_by = $2, updated_at = $1 \
                       WHERE id = $3 AND ended_at IS NULL";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(now)
            .bind(by)
            .bind(id)
            .execute(pool)
            .await
            .map(|r| r.rows_affected() == 1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn grant(basis: Basis) -> Grant {
        Grant {
            id: 1,
            subject: AccountId(2),
            proxy: AccountId(1),
            basis,
            proxy_is: "mother".into(),
            subject_is: "son".into(),
            scopes: GRANTABLE.to_vec(),
            starts_at: 0,
            ends_at: None,
            ended_at: None,
            provider_id: None,
            provider_ref: None,
            practice_allows_older_child: false,
        }
    }

    fn at(d: Date) -> (i64, Date) {
        (d.midnight().assume_utc().unix_timestamp() + 12 * 3600, d)
    }

    fn scopes(g: &Grant, born: Date, today: Date) -> Result<Vec<Scope>, ActingRefusal> {
        let (now, today) = at(today);
        allowed_now(g, Some(born), now, today, PracticeRules::default())
    }

    #[test]
    fn a_parent_has_full_access_until_the_eleventh_birthday() {
        let g = grant(Basis::ParentalResponsibility);
        let born = date!(2015 - 06 - 10);
        assert_eq!(
            scopes(&g, born, date!(2026 - 06 - 09)),
            Ok(GRANTABLE.to_vec())
        );
        assert_eq!(
            scopes(&g, born, date!(2026 - 06 - 10)),
            Ok(vec![Scope::Appointments, Scope::Triage]),
            "from the 11th birthday: no record, results or letters"
        );
    }

    #[test]
    fn the_practice_can_record_that_access_continues_after_eleven() {
        let mut g = grant(Basis::ParentalResponsibility);
        g.practice_allows_older_child = true;
        let born = date!(2015 - 06 - 10);
        assert_eq!(
            scopes(&g, born, date!(2027 - 01 - 01)),
            Ok(GRANTABLE.to_vec())
        );
    }

    #[test]
    fn parental_access_ends_on_the_sixteenth_birthday() {
        let g = grant(Basis::ParentalResponsibility);
        let born = date!(2010 - 12 - 01);
        assert_eq!(
            scopes(&g, born, date!(2026 - 11 - 30)),
            Ok(vec![Scope::Appointments, Scope::Triage])
        );
        assert_eq!(
            scopes(&g, born, date!(2026 - 12 - 01)),
            Err(ActingRefusal::ChildGrownUp)
        );
        // An attorney for an adult is not limited by age.
        assert_eq!(
            scopes(
                &grant(Basis::LastingPowerOfAttorney),
                born,
                date!(2026 - 12 - 01)
            ),
            Ok(GRANTABLE.to_vec())
        );
    }

    #[test]
    fn a_leap_day_birthday_comes_on_the_first_of_march() {
        let g = grant(Basis::ParentalResponsibility);
        let born = date!(2016 - 02 - 29);
        assert_eq!(
            scopes(&g, born, date!(2027 - 02 - 28)),
            Ok(GRANTABLE.to_vec())
        );
        assert_eq!(
            scopes(&g, born, date!(2027 - 03 - 01)),
            Ok(vec![Scope::Appointments, Scope::Triage])
        );
    }

    #[test]
    fn an_unknown_or_future_birth_date_allows_a_parent_nothing() {
        let g = grant(Basis::ParentalResponsibility);
        let (now, today) = at(date!(2026 - 12 - 01));
        let rules = PracticeRules::default();
        assert_eq!(
            allowed_now(&g, None, now, today, rules),
            Err(ActingRefusal::BirthDateUnknown)
        );
        assert_eq!(
            allowed_now(&g, Some(date!(2027 - 01 - 01)), now, today, rules),
            Err(ActingRefusal::BirthDateUnknown)
        );
    }

    #[test]
    fn ended_and_expired_grants_allow_nothing_from_that_second() {
        let mut g = grant(Basis::Consent);
        let born = date!(1950 - 01 - 01);
        let (now, today) = at(date!(2026 - 12 - 01));
        let rules = PracticeRules::default();
        g.ends_at = Some(now + 1);
        assert!(allowed_now(&g, Some(born), now, today, rules).is_ok());
        g.ends_at = Some(now);
        assert_eq!(
            allowed_now(&g, Some(born), now, today, rules),
            Err(ActingRefusal::Expired)
        );
        g.ends_at = None;
        g.ended_at = Some(now);
        assert_eq!(
            allowed_now(&g, Some(born), now, today, rules),
            Err(ActingRefusal::Ended)
        );
    }

    #[test]
    fn a_scope_not_given_is_refused_with_its_reason() {
        let mut g = grant(Basis::Consent);
        g.scopes = vec![Scope::Appointments];
        let now = at(date!(2026 - 12 - 01)).0;
        let rules = PracticeRules::default();
        assert_eq!(refusal(&g, Scope::Appointments, None, now, rules), None);
        assert_eq!(
            refusal(&g, Scope::Record, None, now, rules),
            Some(ActingRefusal::NotGiven)
        );
        let child = grant(Basis::ParentalResponsibility);
        assert_eq!(
            refusal(
                &child,
                Scope::Record,
                Some(date!(2014 - 01 - 01)),
                now,
                rules
            ),
            Some(ActingRefusal::NotFromThisAge)
        );
    }

    #[test]
    fn rules_are_read_per_practice_and_checked() {
        let rules = ProxyRules::parse(
            r#"{ "default": { "max_consent_months": 18, "child_narrows_at": 11, "parental_access_ends_at": 16, "may_invite_from": 16 },
                 "practices": { "Y90002": { "max_consent_months": 12, "child_narrows_at": 12, "parental_access_ends_at": 16, "may_invite_from": 16 } } }"#,
        )
        .unwrap();
        assert_eq!(rules.for_practice(Some("y90002")).max_consent_months, 12);
        assert_eq!(rules.for_practice(Some("Y90001")).max_consent_months, 18);
        assert!(ProxyRules::parse(
            r#"{ "default": { "max_consent_months": 18, "child_narrows_at": 17, "parental_access_ends_at": 16, "may_invite_from": 16 } }"#
        )
        .is_err());
        let shipped = ProxyRules::parse(include_str!("../../data/proxy-access.json")).unwrap();
        assert_eq!(shipped.default, PracticeRules::default());
    }
}
