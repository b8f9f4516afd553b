//! SQL for the record: provider links and last good copies.

use crate::{on_db, server::db::Db};
use sqlx::Row;

/// The patient id each provider system uses for this account.
pub async fn links(db: &Db, account_id: i64) -> Result<Vec<(String, String)>, sqlx::Error> {
    const SQL: &str = "SELECT provider_id, patient_id FROM provider_links WHERE account_id = $1";
    on_db!(db, |pool| {
        let rows = sqlx::query(SQL).bind(account_id).fetch_all(pool).await?;
        rows.iter()
            .map(|r| Ok((r.try_get("provider_id")?, r.try_get("patient_id")?)))
            .collect()
    })
}

pub async fn save_link(
    db: &Db,
    account_id: i64,
    provider_id: &str,
    patient_id: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    const SQL: &str = "INSERT INTO provider_links (account_id, provider_id, patient_id, linked_at) VALUES ($1, $2, $3, $4) \
                       ON CONFLICT (account_id, provider_id) DO UPDATE SET patient_id = excluded.patient_id, linked_at = excluded.linked_at";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(account_id)
            .bind(provider_id)
            .bind(patient_id)
            .bind(now)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

/// A copy of one part of the record from one provider.
pub struct Copy {
    pub provider_id: String,
    pub section: String,
    pub items: String,
    pub fetched_at: i64,
}

/// Replaces the copies in one transaction.
pub async fn save_copies(db: &Db, account_id: i64, copies: &[Copy]) -> Result<(), sqlx::Error> {
    if copies.is_empty() {
        return Ok(());
    }
    const SQL: &str = "INSERT INTO record_copies (account_id, provider_id, section, items, fetched_at) VALUES ($1, $2, $3, $4, $5) \
                       ON CONFLICT (account_id, provider_id, section) DO UPDATE SET items = excluded.items, fetched_at = excluded.fetched_at";
    on_db!(db, |pool| {
        let mut tx = pool.begin().await?;
        for c in copies {
            sqlx::query(SQL)
                .bind(account_id)
                .bind(&c.provider_id)
                .bind(&c.section)
                .bind(&c.items)
                .bind(c.fetched_at)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await
    })
}

/// The copies held for one provider.
pub async fn copies(db: &Db, account_id: i64, provider_id: &str) -> Result<Vec<Copy>, sqlx::Error> {
    const SQL: &str = "SELECT section, items, fetched_at FROM record_copies WHERE account_id = $1 AND provider_id = $2";
    on_db!(db, |pool| {
        let rows = sqlx::query(SQL)
            .bind(account_id)
            .bind(provider_id)
            .fetch_all(pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(Copy {
                    provider_id: provider_id.to_string(),
                    section: r.try_get("section")?,
                    items: r.try_get("items")?,
                    fetched_at: r.try_get("fetched_at")?,
                })
            })
            .collect()
    })
}
