//! The accounts table: who someone is (name, date of birth, NHS number) and how
//! they sign in. On the platform floor because every feature needs the subject.

use crate::{
    domain::{AccountId, IdentityLevel},
    on_db,
    platform::{
        db::{is_unique_violation, Db},
        secret::Secret,
    },
};
use sqlx::Row;

#[derive(Clone, Debug)]
pub struct AccountRow {
    pub id: AccountId,
    pub full_name: String,
    pub date_of_birth: String,
    /// None for someone who does not sign in themselves (a child known through the
    /// GP practice's record of who has parental responsibility).
    pub email: Option<String>,
    /// Never printed or sent anywhere: `Secret` has no `Serialize` and a blank `Debug`.
    pub password_hash: Secret,
    pub nhs_number: Option<String>,
    /// How well the person has proved who they are (P0 until proved).
    pub identity_level: IdentityLevel,
    /// Where the NHS number came from: typed by the person, or proved.
    pub nhs_number_source: Option<NhsNumberSource>,
    /// The NHS login subject linked to this account, if any (one account per subject).
    pub nhs_login_sub: Option<String>,
}

impl AccountRow {
    /// The NHS number, only when it was proved (by NHS login or the GP surgery):
    /// a typed number never opens anyone's record.
    pub fn proved_nhs_number(&self) -> Option<&str> {
        match self.nhs_number_source {
            Some(NhsNumberSource::Typed) | None => None,
            Some(_) => self.nhs_number.as_deref(),
        }
    }

    /// A password of Front Door's own is set (accounts made through NHS login have none).
    pub fn has_password(&self) -> bool {
        !self.password_hash.expose().is_empty()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NhsNumberSource {
    Typed,
    NhsLogin,
    GpLinkage,
    /// From the GP practice's own record of the person, read when a relationship
    /// the practice recorded (a parent, an attorney) brought them to Front Door.
    GpRecord,
}

impl NhsNumberSource {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Typed => "typed",
            Self::NhsLogin => "nhs_login",
            Self::GpLinkage => "gp_linkage",
            Self::GpRecord => "gp_record",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        match s {
            "typed" => Some(Self::Typed),
            "nhs_login" => Some(Self::NhsLogin),
            "gp_linkage" => Some(Self::GpLinkage),
            "gp_record" => Some(Self::GpRecord),
            _ => None,
        }
    }
}

/// Who someone has proved they are, to write on their account.
pub struct Proof<'a> {
    pub level: IdentityLevel,
    pub full_name: &'a str,
    pub date_of_birth: Option<&'a str>,
    pub nhs_number: Option<&'a str>,
    pub source: NhsNumberSource,
    /// Set when the proof came from NHS login.
    pub nhs_login_sub: Option<&'a str>,
}

pub struct NewAccount<'a> {
    pub full_name: &'a str,
    pub date_of_birth: &'a str,
    pub email: &'a str,
    pub password_hash: &'a str,
    pub nhs_number: Option<&'a str>,
}

#[derive(Debug, thiserror::Error)]
pub enum InsertError {
    #[error("email already in use")]
    EmailTaken,
    #[error("NHS login subject already linked")]
    SubjectTaken,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

const COLUMNS: &str = "id, full_name, date_of_birth, email, password_hash, nhs_number, \
                       identity_level, nhs_number_source, nhs_login_sub";

fn from_row<R: Row>(r: &R) -> Result<AccountRow, sqlx::Error>
where
    for<'c> &'c str: sqlx::ColumnIndex<R>,
    for<'q> i64: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
    for<'q> String: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
    for<'q> Option<String>: sqlx::Decode<'q, R::Database>,
{
    Ok(AccountRow {
        id: r.try_get("id")?,
        full_name: r.try_get("full_name")?,
        date_of_birth: r.try_get("date_of_birth")?,
        email: r.try_get("email")?,
        password_hash: Secret::new(r.try_get::<String, _>("password_hash")?),
        nhs_number: r.try_get("nhs_number")?,
        identity_level: IdentityLevel::parse(&r.try_get::<String, _>("identity_level")?)
            .unwrap_or(IdentityLevel::P0),
        nhs_number_source: r
            .try_get::<Option<String>, _>("nhs_number_source")?
            .as_deref()
            .and_then(NhsNumberSource::parse),
        nhs_login_sub: r.try_get("nhs_login_sub")?,
    })
}

pub async fn insert(db: &Db, new: &NewAccount<'_>, now: i64) -> Result<AccountId, InsertError> {
    const SQL: &str = "INSERT INTO accounts (full_name, date_of_birth, email, password_hash, nhs_number, \
                       nhs_number_source, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
    let result: Result<i64, sqlx::Error> = on_db!(db, |pool| {
        sqlx::query_scalar(SQL)
            .bind(new.full_name)
            .bind(new.date_of_birth)
            .bind(new.email)
            .bind(new.password_hash)
            .bind(new.nhs_number)
            .bind(new.nhs_number.map(|_| NhsNumberSource::Typed.as_str()))
            .bind(now)
            .fetch_one(pool)
            .await
    });
    result.map(AccountId).map_err(|e| {
        if is_unique_violation(&e) {
            InsertError::EmailTaken
        } else {
            InsertError::Db(e)
        }
    })
}

pub async fn by_email(db: &Db, email: &str) -> Result<Option<AccountRow>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM accounts WHERE email = $1");
    on_db!(db, |pool| {
        match sqlx::query(&sql).bind(email).fetch_optional(pool).await? {
            Some(r) => from_row(&r).map(Some),
            None => Ok(None),
        }
    })
}

pub async fn by_id(db: &Db, id: AccountId) -> Result<Option<AccountRow>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM accounts WHERE id = $1");
    on_db!(db, |pool| {
        match sqlx::query(&sql).bind(id).fetch_optional(pool).await? {
            Some(r) => from_row(&r).map(Some),
            None => Ok(None),
        }
    })
}

pub async fn by_nhs_login_sub(db: &Db, sub: &str) -> Result<Option<AccountRow>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM accounts WHERE nhs_login_sub = $1");
    on_db!(db, |pool| {
        match sqlx::query(&sql).bind(sub).fetch_optional(pool).await? {
            Some(r) => from_row(&r).map(Some),
            None => Ok(None),
        }
    })
}

/// A new account for someone who signed in with NHS login: no password of Front Door's own.
pub async fn insert_proved(
    db: &Db,
    email: &str,
    proof: &Proof<'_>,
    now: i64,
) -> Result<AccountId, InsertError> {
    const SQL: &str =
        "INSERT INTO accounts (full_name, date_of_birth, email, password_hash, nhs_number, \
                       nhs_number_source, identity_level, nhs_login_sub, created_at) \
                       VALUES ($1, $2, $3, '', $4, $5, $6, $7, $8) RETURNING id";
    let result: Result<i64, sqlx::Error> = on_db!(db, |pool| {
        sqlx::query_scalar(SQL)
            .bind(proof.full_name)
            .bind(proof.date_of_birth.unwrap_or(""))
            .bind(email)
            .bind(proof.nhs_number)
            .bind(proof.nhs_number.map(|_| proof.source.as_str()))
            .bind(proof.level.as_str())
            .bind(proof.nhs_login_sub)
            .bind(now)
            .fetch_one(pool)
            .await
    });
    match result {
        Ok(id) => Ok(AccountId(id)),
        Err(e) if is_unique_violation(&e) => {
            if let Some(sub) = proof.nhs_login_sub {
                if by_nhs_login_sub(db, sub).await?.is_some() {
                    return Err(InsertError::SubjectTaken);
                }
            }
            Err(InsertError::EmailTaken)
        }
        Err(e) => Err(InsertError::Db(e)),
    }
}

/// Writes what the person has proved: their level, and the name, date of birth and
/// NHS number that come with the proof (replacing any typed ones).
pub async fn apply_proof(db: &Db, id: AccountId, proof: &Proof<'_>) -> Result<(), InsertError> {
    const SQL: &str = "UPDATE accounts SET identity_level = $1, full_name = $2, \
                       date_of_birth = COALESCE($3, date_of_birth), \
                       nhs_number = COALESCE($4, nhs_number), \
                       nhs_number_source = CASE WHEN $4 IS NULL THEN nhs_number_source ELSE $5 END, \
                       nhs_login_sub = COALESCE($6, nhs_login_sub) WHERE id = $7";
    let result: Result<_, sqlx::Error> = on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(proof.level.as_str())
            .bind(proof.full_name)
            .bind(proof.date_of_birth)
            .bind(proof.nhs_number)
            .bind(proof.source.as_str())
            .bind(proof.nhs_login_sub)
            .bind(id)
            .execute(pool)
            .await
            .map(|_| ())
    });
    result.map_err(|e| {
        if is_unique_violation(&e) {
            InsertError::SubjectTaken
        } else {
            InsertError::Db(e)
        }
    })
}

/// Someone known to a GP practice, brought to Front Door by a relationship the practice
/// recorded: found by their NHS number when an account already holds it as proved.
pub async fn by_proved_nhs_number(
    db: &Db,
    nhs_number: &str,
) -> Result<Option<AccountRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM accounts WHERE nhs_number = $1 \
         AND nhs_number_source IN ('nhs_login', 'gp_linkage', 'gp_record') ORDER BY id LIMIT 1"
    );
    on_db!(db, |pool| {
        match sqlx::query(&sql)
            .bind(nhs_number)
            .fetch_optional(pool)
            .await?
        {
            Some(r) => from_row(&r).map(Some),
            None => Ok(None),
        }
    })
}

/// A person who does not sign in (no email, no password), as their GP practice holds them.
pub async fn insert_known_person(
    db: &Db,
    full_name: &str,
    date_of_birth: &str,
    nhs_number: &str,
    now: i64,
) -> Result<AccountId, sqlx::Error> {
    const SQL: &str =
        "INSERT INTO accounts (full_name, date_of_birth, email, password_hash, nhs_number, \
                       nhs_number_source, identity_level, created_at) \
                       VALUES ($1, $2, NULL, '', $3, 'gp_record', 'P0', $4) RETURNING id";
    let id: i64 = on_db!(db, |pool| {
        sqlx::query_scalar(SQL)
            .bind(full_name)
            .bind(date_of_birth)
            .bind(nhs_number)
            .bind(now)
            .fetch_one(pool)
            .await?
    });
    Ok(AccountId(id))
}

/// Keeps a known person's name and date of birth as their GP practice now holds them
/// (only for people who do not sign in: a person's own account is theirs to keep).
pub async fn refresh_known_person(
    db: &Db,
    id: AccountId,
    full_name: &str,
    date_of_birth: &str,
) -> Result<(), sqlx::Error> {
    const SQL: &str = "UPDATE accounts SET full_name = $1, date_of_birth = $2 \
                       WHERE id = $3 AND email IS NULL AND nhs_login_sub IS NULL";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(full_name)
            .bind(date_of_birth)
            .bind(id)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

/// A person known through a relationship (no email, no NHS login) signs in with NHS
/// login for the first time: the account that holds their history becomes theirs.
/// False when it has been taken up already.
pub async fn take_up_known_person(
    db: &Db,
    id: AccountId,
    email: &str,
    proof: &Proof<'_>,
) -> Result<bool, InsertError> {
    const SQL: &str =
        "UPDATE accounts SET email = $1 WHERE id = $2 AND email IS NULL AND nhs_login_sub IS NULL";
    let taken: Result<bool, sqlx::Error> = on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(email)
            .bind(id)
            .execute(pool)
            .await
            .map(|r| r.rows_affected() == 1)
    });
    match taken {
        Ok(true) => {}
        Ok(false) => return Ok(false),
        Err(e) if is_unique_violation(&e) => return Err(InsertError::EmailTaken),
        Err(e) => return Err(InsertError::Db(e)),
    }
    apply_proof(db, id, proof).await?;
    Ok(true)
}
