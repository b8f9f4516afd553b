//! SQL for online requests and red-flag events.

use crate::{
    domain::AccountId,
    on_db,
    platform::{
        attempts::{Also, Ledger},
        db::Db,
    },
    stored_states,
};
use sqlx::Row;

stored_states! {
    /// Where a request is in being sent to the practice, as stored.
    pub enum SendState {
        /// Being answered, or answered and not yet sent (also after a failed send).
        Draft = "draft",
        /// Claimed by one send; the practice is being called.
        Sending = "sending",
        Sent = "sent",
        /// Sent, but the practice's answer was lost: looked up by reference.
        Unknown = "unknown",
        /// The resident started again.
        Discarded = "discarded",
    }
    sending = Sending;
}

/// Online requests are writes that happen once (see `platform::attempts`).
const REQUESTS: Ledger = Ledger {
    table: "triage_requests",
    key_column: "request_key",
};

#[derive(Clone, Debug)]
pub struct Request {
    pub key: String,
    pub reference: String,
    pub account_id: AccountId,
    pub actor_account_id: AccountId,
    pub content_version: String,
    /// JSON of `content::Answers`.
    pub answers: String,
    pub state: SendState,
    pub disposition: Option<String>,
    pub rules: Option<String>,
    pub provider_id: Option<String>,
    pub task_id: Option<String>,
    /// A fixed word for why the last send failed.
    pub send_problem: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub sent_at: Option<i64>,
}

const COLUMNS: &str = "request_key, reference, account_id, actor_account_id, content_version, answers, \
     state, disposition, rules, provider_id, task_id, send_problem, created_at, updated_at, sent_at";

fn from_row<R: Row>(r: &R) -> Result<Request, sqlx::Error>
where
    for<'c> &'c str: sqlx::ColumnIndex<R>,
    for<'q> i64: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
    for<'q> String: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
    for<'q> Option<String>: sqlx::Decode<'q, R::Database>,
    for<'q> Option<i64>: sqlx::Decode<'q, R::Database>,
    for<'q> SendState: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
{
    Ok(Request {
        key: r.try_get("request_key")?,
        reference: r.try_get("reference")?,
        account_id: r.try_get("account_id")?,
        actor_account_id: r.try_get("actor_account_id")?,
        content_version: r.try_get("content_version")?,
        answers: r.try_get("answers")?,
        state: r.try_get("state")?,
        disposition: r.try_get("disposition")?,
        rules: r.try_get("rules")?,
        provider_id: r.try_get("provider_id")?,
        task_id: r.try_get("task_id")?,
        send_problem: r.try_get("send_problem")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        sent_at: r.try_get("sent_at")?,
    })
}

pub async fn insert(db: &Db, r: &Request) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO triage_requests ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)"
    );
    on_db!(db, |pool| {
        sqlx::query(&sql)
            .bind(&r.key)
            .bind(&r.reference)
            .bind(r.account_id)
            .bind(r.actor_account_id)
            .bind(&r.content_version)
            .bind(&r.answers)
            .bind(r.state)
            .bind(&r.disposition)
            .bind(&r.rules)
            .bind(&r.provider_id)
            .bind(&r.task_id)
            .bind(&r.send_problem)
            .bind(r.created_at)
            .bind(r.updated_at)
            .bind(r.sent_at)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

/// The request with this key, only if it is for `account_id`.
pub async fn get(
    db: &Db,
    key: &str,
    account_id: AccountId,
) -> Result<Option<Request>, sqlx::Error> {
    let sql =
        format!("SELECT {COLUMNS} FROM triage_requests WHERE request_key = $1 AND account_id = $2");
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

/// This account's requests in any of `states`, newest first.
pub async fn in_states(
    db: &Db,
    account_id: AccountId,
    states: &[SendState],
) -> Result<Vec<Request>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM triage_requests WHERE account_id = $1 ORDER BY updated_at DESC, request_key"
    );
    let all: Vec<Request> = on_db!(db, |pool| {
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
        .filter(|r| states.contains(&r.state))
        .collect())
}

/// Saves answers to a draft. False when it is no longer a draft.
pub async fn save_answers(
    db: &Db,
    key: &str,
    answers: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    const SQL: &str = "UPDATE triage_requests SET answers = $1, updated_at = $2 WHERE request_key = $3 AND state = $4";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(answers)
            .bind(now)
            .bind(key)
            .bind(SendState::Draft)
            .execute(pool)
            .await
            .map(|r| r.rows_affected() == 1)
    })
}

/// Claims a draft for sending, recording the outcome and the practice. True only
/// for the one caller that found it a draft: a double click sends once.
pub async fn claim(
    db: &Db,
    key: &str,
    disposition: &str,
    rules: &str,
    provider_id: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    REQUESTS
        .claim(
            db,
            key,
            SendState::Draft,
            now,
            &[
                Also::Text("disposition", Some(disposition)),
                Also::Text("rules", Some(rules)),
                Also::Text("provider_id", Some(provider_id)),
                Also::Text("send_problem", None),
            ],
        )
        .await
}

/// Records the end of a send: sent (with the Task id), unknown, or back to draft with a problem.
pub async fn finish(
    db: &Db,
    key: &str,
    to: SendState,
    task_id: Option<&str>,
    problem: Option<&str>,
    now: i64,
) -> Result<(), sqlx::Error> {
    let mut also = vec![Also::Text("send_problem", problem)];
    if task_id.is_some() {
        also.push(Also::Text("task_id", task_id));
    }
    if to == SendState::Sent {
        also.push(Also::Int("sent_at", Some(now)));
    }
    REQUESTS.finish(db, key, to, now, &also).await
}

/// Marks a draft as given up (the resident started again).
pub async fn discard(
    db: &Db,
    key: &str,
    account_id: AccountId,
    now: i64,
) -> Result<(), sqlx::Error> {
    REQUESTS
        .transition(
            db,
            key,
            SendState::Draft,
            Some(account_id),
            SendState::Discarded,
            now,
            &[],
        )
        .await
        .map(|_| ())
}

/// Requests sent to a practice since `since` (for its daily limit).
pub async fn sent_since(db: &Db, provider_id: &str, since: i64) -> Result<i64, sqlx::Error> {
    const SQL: &str =
        "SELECT COUNT(*) AS n FROM triage_requests WHERE provider_id = $1 AND sent_at >= $2 \
                       AND state IN ($3, $4)";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(provider_id)
            .bind(since)
            .bind(SendState::Sent)
            .bind(SendState::Unknown)
            .fetch_one(pool)
            .await?
            .try_get::<i64, _>("n")
    })
}

/// Records that a red flag stopped the questions.
pub async fn record_red_flag(
    db: &Db,
    key: &str,
    account_id: AccountId,
    actor_account_id: AccountId,
    rule_id: &str,
    disposition: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    const SQL: &str = "INSERT INTO triage_red_flags (request_key, account_id, actor_account_id, rule_id, disposition, at) \
                       VALUES ($1, $2, $3, $4, $5, $6)";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(key)
            .bind(account_id)
            .bind(actor_account_id)
            .bind(rule_id)
            .bind(disposition)
            .bind(now)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

/// The red flags recorded for a request: (rule, outcome).
pub async fn red_flags(db: &Db, key: &str) -> Result<Vec<(String, String)>, sqlx::Error> {
    const SQL: &str = "SELECT rule_id, disposition FROM triage_red_flags WHERE request_key = $1 ORDER BY at, rule_id";
    on_db!(db, |pool| {
        let rows = sqlx::query(SQL).bind(key).fetch_all(pool).await?;
        rows.iter()
            .map(|r| Ok((r.try_get("rule_id")?, r.try_get("disposition")?)))
            .collect()
    })
}
