//! Download your data: the resident's record from every provider as one FHIR R4
//! Bundle (type collection), each resource tagged with the organisation it came
//! from. Built in the background with a longer budget than a page has, paging
//! through everything each provider holds within a stated limit; the page says it
//! is being prepared and offers the file when it is ready, saying what could not
//! be fetched. Results still inside their release delay are left out, as on the
//! pages. Requesting and fetching the file are both audited.

use super::{DownloadAnswer, DownloadState};
use crate::{
    domain::{uk_time::people_time, AppError},
    on_db,
    platform::{
        acting::{self, Acting, Scope},
        audit::AuditAction,
        db::Db,
        ids,
        state::AppState,
    },
    providers::{
        client::{EXPORT_PAGE_SIZE, MAX_EXPORT_PAGES},
        fhir::{
            security::{visibility, Audience},
            NHS_NUMBER_SYSTEM, ODS_SYSTEM,
        },
        gateway::{Answer, Reading, Section},
        links::ask_providers,
    },
};
use axum::{
    extract::State,
    http::{header, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use serde_json::{json, Value};
use sqlx::Row;
use std::time::Duration;
use tower_sessions::Session;

/// The time each provider is given to send everything it holds.
pub const EXPORT_BUDGET: Duration = Duration::from_secs(90);
/// A file still being prepared after this long has failed (the server stopped).
const GIVE_UP_SECS: i64 = 15 * 60;
/// Files are kept on the server for a day.
const KEEP_SECS: i64 = 24 * 60 * 60;

/// What the download page shows for the person acted for. Audited as a view.
pub async fn answer(state: &AppState, acting: Acting) -> Result<DownloadAnswer, AppError> {
    let account =
        acting::audited_subject(state, acting, AuditAction::RecordViewed, "download").await?;
    let has_nhs_number = account.proved_nhs_number().is_some();
    let now = state.clock.now_unix();
    let state_now = match latest(&state.db, acting).await? {
        None => DownloadState::Nothing,
        Some(row) => match row.state.as_str() {
            "preparing" if now - row.created_at < GIVE_UP_SECS => DownloadState::Preparing {
                since: people_time(row.created_at),
            },
            "ready" => DownloadState::Ready {
                prepared_at: people_time(row.finished_at.unwrap_or(row.created_at)),
                items: row.resources,
                size: size_words(row.size),
                missing: row
                    .missing
                    .lines()
                    .filter(|l| !l.is_empty())
                    .map(str::to_string)
                    .collect(),
            },
            _ => DownloadState::Failed,
        },
    };
    Ok(DownloadAnswer {
        has_nhs_number,
        state: state_now,
        limit: format!(
            "up to {} items of each kind from each service",
            MAX_EXPORT_PAGES * EXPORT_PAGE_SIZE as usize
        ),
    })
}

/// Starts preparing the file in the background (unless one is being prepared for
/// the same people now), then waits a few seconds so that a quick one is ready
/// when the page shows. Audited.
pub async fn prepare(state: &AppState, acting: Acting) -> Result<(), AppError> {
    let account =
        acting::audited_subject(state, acting, AuditAction::RecordDownloaded, "requested").await?;
    let Some(nhs_number) = account.proved_nhs_number().map(str::to_string) else {
        return Err(AppError::BadRequest);
    };
    let now = state.clock.now_unix();
    forget_old(&state.db, now - KEEP_SECS).await?;
    if let Some(row) = latest(&state.db, acting).await? {
        if row.state == "preparing" && now - row.created_at < GIVE_UP_SECS {
            return Ok(());
        }
    }
    let id = ids::new_key();
    insert(&state.db, &id, acting, now).await?;
    let job = {
        let (state, id) = (state.clone(), id.clone());
        tokio::spawn(async move {
            let outcome = build(&state, acting, &account, &nhs_number).await;
            let finished = state.clock.now_unix();
            let saved = match outcome {
                Ok(file) => finish(&state.db, &id, Some(file), finished).await,
                Err(_) => finish(&state.db, &id, None, finished).await,
            };
            if saved.is_err() {
                tracing::warn!("a prepared download could not be saved");
            }
        })
    };
    // Most files are ready in a moment: show them at once when they are.
    let _ = tokio::time::timeout(Duration::from_secs(4), job).await;
    Ok(())
}

/// `GET /record/download/file`: the newest file prepared for this actor and
/// subject, as a file to save. Decided again from the database, and audited.
pub async fn file(State(state): State<AppState>, session: Session) -> Response {
    let acting =
        match acting::acting_for_all(&state, &session, &[Scope::Record, Scope::ResultsAndLetters])
            .await
        {
            Ok(a) => a,
            Err(AppError::NotSignedIn) => return Redirect::to("/sign-in").into_response(),
            Err(e) => return refused(e),
        };
    let body = match ready_body(&state.db, acting).await {
        Ok(Some(body)) => body,
        Ok(None) => return Redirect::to("/record/download").into_response(),
        Err(_) => return refused(AppError::Internal),
    };
    if let Err(e) =
        acting::audited_subject(&state, acting, AuditAction::RecordDownloaded, "fhir-bundle").await
    {
        return refused(e);
    }
    let name = format!("front-door-record-{}.json", state.clock.today());
    (
        [
            (
                header::CONTENT_TYPE,
                "application/fhir+json; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        body,
    )
        .into_response()
}

fn refused(e: AppError) -> Response {
    (
        StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        e.to_string(),
    )
        .into_response()
}

/// "2.4 MB", "830 KB".
fn size_words(bytes: i64) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    } else {
        format!("{} KB", (bytes + 999) / 1000)
    }
}

/// A prepared file: the Bundle, how many resources it holds, and organisation-level
/// sentences about anything that could not be fetched.
pub struct Prepared {
    pub body: String,
    pub resources: i64,
    pub missing: Vec<String>,
}

/// Reads everything from every provider and builds the Bundle.
async fn build(
    state: &AppState,
    acting: Acting,
    account: &crate::platform::accounts::AccountRow,
    nhs_number: &str,
) -> Result<Prepared, AppError> {
    let now = state.clock.now_unix();
    let reading = Reading::everything(EXPORT_BUDGET);
    let answers = ask_providers(state, account, nhs_number, &Section::ALL, reading).await?;
    let today = state.clock.today().midnight().assume_utc();
    let release = state.settings::<super::release::ReleasePolicy>();
    let audience = Audience::of(acting.role.is_proxy());

    let mut entries = vec![json!({
        "resource": {
            "resourceType": "Patient",
            "identifier": [{ "system": NHS_NUMBER_SYSTEM, "value": nhs_number }],
            "name": [{ "text": account.full_name }],
            "birthDate": account.date_of_birth,
        }
    })];
    let mut missing = Vec::new();
    for (provider, answer) in state.gateway.providers.iter().zip(answers) {
        match answer {
            Answer::Answered { sections, .. } => {
                let mut incomplete = false;
                for (_, found) in sections {
                    incomplete |= found.cut_short;
                    for mut resource in found.resources {
                        if is_held(&resource, release, today)
                            || !audience.may_see(visibility(&resource))
                        {
                            continue;
                        }
                        tag(&mut resource, &provider.ods_code, &provider.name);
                        entries.push(json!({ "resource": resource }));
                    }
                }
                if incomplete {
                    missing.push(format!(
                        "Information from {} is incomplete: its oldest items could not be fetched within the time or size allowed.",
                        provider.name
                    ));
                }
            }
            Answer::Failed(_) => missing.push(format!(
                "Information from {} could not be included: it did not answer.",
                provider.name
            )),
            Answer::NotKnown | Answer::NotMatched => {}
        }
    }
    let resources = entries.len() as i64;
    if !missing.is_empty() {
        let issues: Vec<Value> = missing
            .iter()
            .map(|m| json!({ "severity": "warning", "code": "incomplete", "diagnostics": m }))
            .collect();
        entries
            .push(json!({ "resource": { "resourceType": "OperationOutcome", "issue": issues } }));
    }
    let stamp = time::OffsetDateTime::from_unix_timestamp(now)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        });
    let bundle = json!({
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": stamp,
        "entry": entries,
    });
    Ok(Prepared {
        body: bundle.to_string(),
        resources,
        missing,
    })
}

struct ExportRow {
    state: String,
    created_at: i64,
    finished_at: Option<i64>,
    resources: i64,
    missing: String,
    size: i64,
}

async fn latest(db: &Db, acting: Acting) -> Result<Option<ExportRow>, sqlx::Error> {
    const SQL: &str = "SELECT state, created_at, finished_at, resources, missing, \
                       COALESCE(LENGTH(body), 0) AS size FROM record_exports \
                       WHERE actor_account_id = $1 AND subject_account_id = $2 \
                       ORDER BY created_at DESC LIMIT 1";
    on_db!(db, |pool| {
        let row = sqlx::query(SQL)
            .bind(acting.actor)
            .bind(acting.subject)
            .fetch_optional(pool)
            .await?;
        row.map(|r| {
            Ok(ExportRow {
                state: r.try_get("state")?,
                created_at: r.try_get("created_at")?,
                finished_at: r.try_get("finished_at")?,
                resources: r.try_get("resources")?,
                missing: r.try_get("missing")?,
                size: r
                    .try_get::<i64, _>("size")
                    .or_else(|_| r.try_get::<i32, _>("size").map(i64::from))?,
            })
        })
        .transpose()
    })
}

async fn ready_body(db: &Db, acting: Acting) -> Result<Option<String>, sqlx::Error> {
    const SQL: &str = "SELECT body FROM record_exports \
                       WHERE actor_account_id = $1 AND subject_account_id = $2 AND state = 'ready' \
                       ORDER BY created_at DESC LIMIT 1";
    on_db!(db, |pool| {
        let row = sqlx::query(SQL)
            .bind(acting.actor)
            .bind(acting.subject)
            .fetch_optional(pool)
            .await?;
        row.map(|r| r.try_get::<Option<String>, _>("body"))
            .transpose()
            .map(Option::flatten)
    })
}

/// A new file replaces this actor's earlier ones for the same person (so the
/// newest is the only one, whatever the clock says).
async fn insert(db: &Db, id: &str, acting: Acting, now: i64) -> Result<(), sqlx::Error> {
    const EARLIER: &str =
        "DELETE FROM record_exports WHERE actor_account_id = $1 AND subject_account_id = $2";
    const SQL: &str = "INSERT INTO record_exports (id, actor_account_id, subject_account_id, role, state, created_at) \
                       VALUES ($1, $2, $3, $4, 'preparing', $5)";
    on_db!(db, |pool| {
        let mut tx = pool.begin().await?;
        sqlx::query(EARLIER)
            .bind(acting.actor)
            .bind(acting.subject)
            .execute(&mut *tx)
            .await?;
        sqlx::query(SQL)
            .bind(id)
            .bind(acting.actor)
            .bind(acting.subject)
            .bind(acting.role.as_str())
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await
    })
}

async fn finish(db: &Db, id: &str, file: Option<Prepared>, now: i64) -> Result<(), sqlx::Error> {
    const SQL: &str = "UPDATE record_exports SET state = $2, finished_at = $3, resources = $4, missing = $5, body = $6 \
                       WHERE id = $1";
    let (state, resources, missing, body) = match file {
        Some(f) => ("ready", f.resources, f.missing.join("\n"), Some(f.body)),
        None => ("failed", 0, String::new(), None),
    };
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(id)
            .bind(state)
            .bind(now)
            .bind(resources)
            .bind(&missing)
            .bind(&body)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

async fn forget_old(db: &Db, before: i64) -> Result<(), sqlx::Error> {
    const SQL: &str = "DELETE FROM record_exports WHERE created_at < $1";
    on_db!(db, |pool| {
        sqlx::query(SQL)
            .bind(before)
            .execute(pool)
            .await
            .map(|_| ())
    })
}

/// A result whose code is on the release-delay list and whose delay has not passed.
fn is_held(r: &Value, release: &super::release::ReleasePolicy, now: time::OffsetDateTime) -> bool {
    let kind = r["resourceType"].as_str().unwrap_or_default();
    if kind != "Observation" && kind != "DiagnosticReport" {
        return false;
    }
    let codes = r["code"]["coding"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| Some((c["system"].as_str()?, c["code"].as_str()?)));
    let issued = r["issued"].as_str().or(r["effectiveDateTime"].as_str());
    release.covers(codes) && !release.released(issued, now)
}

/// Marks where a resource came from: a meta tag with the organisation's ODS code.
fn tag(r: &mut Value, ods: &str, name: &str) {
    if let Some(obj) = r.as_object_mut() {
        let meta = obj.entry("meta").or_insert_with(|| json!({}));
        if !meta.is_object() {
            *meta = json!({});
        }
        let tags = meta
            .as_object_mut()
            .map(|m| m.entry("tag").or_insert_with(|| json!([])));
        if let Some(tags) = tags {
            if !tags.is_array() {
                *tags = json!([]);
            }
            if let Some(list) = tags.as_array_mut() {
                list.push(json!({ "system": ODS_SYSTEM, "code": ods, "display": name }));
            }
        }
    }
}
