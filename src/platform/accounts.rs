//! The accounts table: who someone is (name, date of birth, NHS number) and how
//! they sign in. On the platform floor because every feature needs the subject.

use crate::{
    domain::AccountId,
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
    pub email: String,
    /// Never printed or sent anywhere: `Secret` has no `Serialize` and a blank `Debug`.
    pub password_hash: Secret,
    pub nhs_number: Option<String>,
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
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

const COLUMNS: &str = "id, full_name, date_of_birth, email, password_hash, nhs_number";

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
    })
}

pub async fn insert(db: &Db, new: &NewAccount<'_>, now: i64) -> Result<AccountId, InsertError> {
    const SQL: &str = "INSERT INTO accounts (full_name, date_of_birth, email, password_hash, nhs_number, created_at) \
                       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
    let result: Result<i64, sqlx::Error> = on_db!(db, |pool| {
        sqlx::query_scalar(SQL)
            .bind(new.full_name)
            .bind(new.date_of_birth)
            .bind(new.email)
            .bind(new.password_hash)
            .bind(new.nhs_number)
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
