//! The invitations table: a keyed hash of each single-use token, never the token.

use crate::{domain::AccountId, on_db, platform::db::Db};
use sqlx::Row;

pub struct NewInvitation<'a> {
    pub token_hash: &'a str,
    pub subject: AccountId,
    pub invitee_name: &'a str,
    pub invitee_email: &'a str,
    pub proxy_is: &'a str,
    pub subject_is: &'a str,
    pub scopes: &'a str,
    pub access_ends_at: i64,
    pub expires_at: i64,
}

pub struct Invitation {
    pub id: i64,
    pub subject: AccountId,
    pub invitee_name: String,
    pub invitee_email: String,
    pub proxy_is: String,
    pub subject_is: String,
    pub scopes: String,
    pub access_ends_at: i64,
    pub expires_at: i64,
    pub accepted_at: Option<i64>,
    pub withdrawn_at: Option<i64>,
}

const COLUMNS: &str = "id, subject_account_id, invitee_name, invitee_email, proxy_is, subject_is, \
                       scopes, access_ends_at, expires_at, accepted_at, withdrawn_at";

fn from_row<R: Row>(r: &R) -> Result<Invitation, sqlx::Error>
where
    for<'c> &'c str: sqlx::ColumnIndex<R>,
    for<'q> i64: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
    for<'q> Option<i64>: sqlx::Decode<'q, R::Database>,
    for<'q> String: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
{
    Ok(Invitation {
        id: r.try_get("id")?,
        subject: AccountId(r.try_get("subject_account_id")?),
        invitee_name: r.try_get("invitee_name")?,
        invitee_email: r.try_get("invitee_email")?,
        proxy_is: r.try_get("proxy_is")?,
        subject_is: r.try_get("subject_is")?,
        scopes: r.try_get("scopes")?,
        access_ends_at: r.try_get("access_ends_at")?,
        expires_at: r.try_get("expires_at")?,
        accepted_at: r.try_get("accepted_at")?,
        withdrawn_at: r.try_get("withdrawn_at")?,
    })
}

pub async fn insert_invitation(
    db: &Db,
    i: &NewInvitation<'_>,
    now: i64,
) -> Result<i64, sqlx::Error> {
    const SQL: &str = "INSERT INTO proxy_invitations (token_hash, subject_account_id, invitee_name, \
                       invitee_email, proxy_is, subject_is, scopes, access_ends_at, expires_at, created_at) \
                       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id";
    on_db!(db, |pool| {
        sqlx::query_scalar(SQL)
            .bind(i.token_hash)
            .bind(i.subject)
            .bind(i.invitee_name)
            .bind(i.invitee_email)
            .bind(i.proxy_is)
            .bind(i.subject_is)
            .bind(i.scopes)
            .bind(i.access_ends_at)
            .bind(i.expires_at)
            .bind(now)
            .fetch_one(pool)
            .await
    })
}

pub async fn invitation_by_hash(db: &Db, hash: &str) -> Result<Option<Invitation>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM proxy_invitations WHERE token_hash = $1");
    on_db!(db, |pool| {
        match sqlx::query(&sql).bind(hash).fetch_optional(pool).await? {
            Some(r) => from_row(&r).map(Some),
            None => Ok(None),
        }
    })
}

/// Invitations from `subject` still waiting to be accepted.
pub async fn open_invitations(
    db: &Db,
    subject: AccountId,
    now: i64,
) -> Result<Vec<Invitation>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM proxy_invitations WHERE subject_account_id = $1 AND accepted_at IS NULL \
         AND withdrawn_at IS NULL AND expires_at > $2 ORDER BY id"
    );
    on_db!(db, |pool| {
        sqlx::query(&sql)
            .bind(subject)
            .bind(now)
            .fetch_all(pool)
            .await?
            .iter()
            .map(from_row)
            .collect::<Result<Vec<_>, _>>()
    })
}

/// Marks an invitation used, if it still can be; true for the one request that did.
pub async fn mark_accepted(db: &Db, id: i64, by: AccountId, now: i64) -> Result<bool, sqlx::Error> {
    const SQL: &str =
        "UPDATE proxy_invitations SET accepted_at = $1, accepted_by = $2 WHERE id = $3 \
                       AND accepted_at IS NULL AND withdrawn_at IS NULL AND expires_at > $1";
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

pub async fn withdraw_invitation(
    db: &Db,
    subject: AccountId,
    id: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    const SQL: &str = "UPDATE proxy_invitations SET withdrawn_at = $1 WHERE id = $2 \
                       AND subject_account_id = $3 AND accepted_at IS NULL AND withdrawn_at IS NULL";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(now)
            .bind(id)
            .bind(subject)
            .execute(pool)
            .await
            .map(|r| r.rows_affected() == 1)
    })
}
