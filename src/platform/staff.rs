//! Front Door's staff: ICS administrators, and the administrators and helpers of
//! the organisations named in the help points file. A staff member is an account
//! with a row in `staff`; what they may do is read from that row on every request
//! (a suspension takes effect on the next one), and every staff page needs
//! two-step sign-in this session.

use crate::{
    domain::{AccountId, ActingRefusal, AppError},
    on_db,
    platform::{accounts::AccountRow, acting, db::Db, identity::SignInMethod, state::AppState},
};
use sqlx::Row;
use tower_sessions::Session;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StaffRole {
    /// Runs the service for the integrated care system: appoints organisations' administrators.
    IcsAdmin,
    /// Adds and suspends the helpers of one organisation.
    OrgAdmin,
    /// Helps residents at a help point, with their consent, one session at a time.
    Helper,
}

impl StaffRole {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::IcsAdmin => "ics_admin",
            Self::OrgAdmin => "org_admin",
            Self::Helper => "helper",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::IcsAdmin, Self::OrgAdmin, Self::Helper]
            .into_iter()
            .find(|r| r.as_str() == s)
    }
}

/// The organisations whose staff help people (ids and names), from the help points
/// file; the composition root hands them over.
#[derive(Clone, Debug, Default)]
pub struct Organisations(pub Vec<(String, String)>);

impl Organisations {
    pub fn name(&self, id: &str) -> String {
        self.0
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, n)| n.clone())
            .unwrap_or_else(|| id.to_string())
    }

    pub fn knows(&self, id: &str) -> bool {
        self.0.iter().any(|(i, _)| i == id)
    }
}

/// One row of `staff`, with the account's name and email.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffMember {
    pub account: AccountId,
    pub role: StaffRole,
    pub organisation_id: Option<String>,
    pub created_at: i64,
    pub suspended_at: Option<i64>,
    pub full_name: String,
    pub email: Option<String>,
    /// False until the person has set a password from their set-up link.
    pub set_up: bool,
}

impl StaffMember {
    pub fn active(&self) -> bool {
        self.suspended_at.is_none()
    }
}

const SELECT: &str = "SELECT s.account_id, s.role, s.organisation_id, s.created_at, s.suspended_at, \
                      a.full_name, a.email, CASE WHEN a.password_hash = '' THEN 0 ELSE 1 END AS set_up \
                      FROM staff s JOIN accounts a ON a.id = s.account_id";

async fn select(
    db: &Db,
    filter: &str,
    bind: Option<&str>,
    id: Option<i64>,
) -> Result<Vec<StaffMember>, sqlx::Error> {
    let sql = format!("{SELECT} WHERE {filter} ORDER BY a.full_name, s.account_id");
    on_db!(db, |pool| {
        let mut q = sqlx::query(&sql);
        if let Some(id) = id {
            q = q.bind(id);
        }
        if let Some(b) = bind {
            q = q.bind(b);
        }
        q.fetch_all(pool)
            .await?
            .iter()
            .map(|r| {
                Ok(StaffMember {
                    account: AccountId(r.try_get("account_id")?),
                    role: StaffRole::parse(&r.try_get::<String, _>("role")?)
                        .ok_or_else(|| sqlx::Error::Decode("unknown staff role".into()))?,
                    organisation_id: r.try_get("organisation_id")?,
                    created_at: r.try_get("created_at")?,
                    suspended_at: r.try_get("suspended_at")?,
                    full_name: r.try_get("full_name")?,
                    email: r.try_get("email")?,
                    // Whether a password is set, never the hash itself.
                    set_up: r.try_get::<i32, _>("set_up")? != 0,
                })
            })
            .collect()
    })
}

/// The staff row of an account, if it has one.
pub async fn of(db: &Db, account: AccountId) -> Result<Option<StaffMember>, sqlx::Error> {
    Ok(select(db, "s.account_id = $1", None, Some(account.0))
        .await?
        .into_iter()
        .next())
}

/// Everyone with `role` in an organisation.
pub async fn in_organisation(
    db: &Db,
    organisation: &str,
    role: StaffRole,
) -> Result<Vec<StaffMember>, sqlx::Error> {
    let filter = format!("s.role = '{}' AND s.organisation_id = $1", role.as_str());
    select(db, &filter, Some(organisation), None).await
}

/// Every organisation's administrators.
pub async fn administrators(db: &Db) -> Result<Vec<StaffMember>, sqlx::Error> {
    let filter = format!("s.role = '{}'", StaffRole::OrgAdmin.as_str());
    select(db, &filter, None, None).await
}

pub async fn insert(
    db: &Db,
    account: AccountId,
    role: StaffRole,
    organisation: Option<&str>,
    by: Option<AccountId>,
    now: i64,
) -> Result<(), sqlx::Error> {
    const SQL: &str =
        "INSERT INTO staff (account_id, role, organisation_id, created_by, created_at) \
                       VALUES ($1, $2, $3, $4, $5)";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(account)
            .bind(role.as_str())
            .bind(organisation)
            .bind(by)
            .bind(now)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

/// Suspends (or reinstates) a helper of `organisation`; true when the row changed.
pub async fn set_suspended(
    db: &Db,
    helper: AccountId,
    organisation: &str,
    suspend: bool,
    by: AccountId,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let sql = if suspend {
        "UPDATE staff SET suspended_at = $1, suspended_by = $2 WHERE account_id = $3 \
         AND organisation_id = $4 AND role = 'helper' AND suspended_at IS NULL"
    } else {
        "UPDATE staff SET suspended_at = NULL, suspended_by = $2 WHERE account_id = $3 \
         AND organisation_id = $4 AND role = 'helper' AND suspended_at IS NOT NULL AND $1 > 0"
    };
    on_db!(db, |pool| {
        sqlx::query(sql)
            .bind(now)
            .bind(by)
            .bind(helper)
            .bind(organisation)
            .execute(pool)
            .await
            .map(|r| r.rows_affected() == 1)
    })
}

/// Keeps the keyed hash of a single-use set-up link.
pub async fn insert_set_up(
    db: &Db,
    token_hash: &str,
    account: AccountId,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    const SQL: &str =
        "INSERT INTO staff_set_up (token_hash, account_id, expires_at) VALUES ($1, $2, $3)";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(token_hash)
            .bind(account)
            .bind(expires_at)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

/// The account a set-up link is for, while it is unused and in date.
pub async fn set_up_account(
    db: &Db,
    token_hash: &str,
    now: i64,
) -> Result<Option<AccountId>, sqlx::Error> {
    const SQL: &str = "SELECT account_id FROM staff_set_up WHERE token_hash = $1 \
                       AND used_at IS NULL AND expires_at > $2";
    on_db!(db, |pool| {
        sqlx::query_scalar::<_, i64>(SQL)
            .bind(token_hash)
            .bind(now)
            .fetch_optional(pool)
            .await
            .map(|id| id.map(AccountId))
    })
}

/// Uses a set-up link once and sets the account's password hash, in one
/// transaction: true when this call used it.
pub async fn use_set_up(
    db: &Db,
    token_hash: &str,
    password_hash: &str,
    now: i64,
) -> Result<Option<AccountId>, sqlx::Error> {
    const USE: &str = "UPDATE staff_set_up SET used_at = $1 WHERE token_hash = $2 \
                       AND used_at IS NULL AND expires_at > $1 RETURNING account_id";
    const SET: &str = "UPDATE accounts SET password_hash = $1 WHERE id = $2";
    on_db!(db, |pool| {
        let mut tx = pool.begin().await?;
        let account: Option<i64> = sqlx::query_scalar(USE)
            .bind(now)
            .bind(token_hash)
            .fetch_optional(&mut *tx)
            .await?;
        if let Some(id) = account {
            sqlx::query(SET)
                .bind(password_hash)
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(account.map(AccountId))
    })
}

/// For a staff page: the signed-in person, who must be staff in one of `roles`,
/// not suspended, and signed in with a security code this session.
pub async fn require(
    state: &AppState,
    session: &Session,
    roles: &[StaffRole],
) -> Result<(AccountRow, StaffMember), AppError> {
    let (_, row, method) = acting::own_account(state, session).await?;
    let member = of(&state.db, row.id).await?;
    let refusal = match &member {
        Some(m) if !roles.contains(&m.role) => Some(ActingRefusal::StaffOnly),
        Some(m) if !m.active() => Some(ActingRefusal::HelperSuspended),
        Some(_) if method != SignInMethod::PasswordAndCode => {
            Some(ActingRefusal::StaffNeedsTwoStep)
        }
        Some(_) => None,
        None => Some(ActingRefusal::StaffOnly),
    };
    match (refusal, member) {
        (None, Some(m)) => Ok((row, m)),
        (Some(why), _) => {
            let refusal = acting::Refusal::acting(why, row.id, None, None);
            Err(refusal.audited(state, state.clock.now_unix()).await?)
        }
        (None, None) => Err(AppError::Internal),
    }
}
