//! Last good copies: what each provider system last sent for each part of a
//! resident's record, shown (with its time) when that provider cannot answer.

use crate::{domain::AccountId, on_db, platform::db::Db};
use sqlx::Row;

/// A copy of one part of the record from one provider.
pub struct Copy {
    pub provider_id: String,
    pub section: String,
    pub items: String,
    pub fetched_at: i64,
}

/// Replaces the copies in one transaction.
pub async fn save_copies(
    db: &Db,
    account_id: AccountId,
    copies: &[Copy],
) -> Result<(), sqlx::Error> {
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
pub async fn copies(
    db: &Db,
    account_id: AccountId,
    provider_id: &str,
) -> Result<Vec<Copy>, sqlx::Error> {
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
