//! The provider simulator: one HTTP server hosting several FHIR R4 provider
//! systems, each at its own base URL (`/{slug}`), with faults that can be
//! switched on per provider at run time. It is the demo's provider network and
//! the peer for tests; `src/bin/provider-sim.rs` runs it on its own and the
//! portal starts it in-process for the embedded demo.
//!
//! FHIR: `GET /{slug}/metadata`, `GET /{slug}/{Type}?params` (searchset with
//! paging), `GET /{slug}/{Type}/{id}` (read, with ETag). Requests need
//! `Authorization: Bearer {token}`.
//!
//! Booking: `POST /{slug}/Appointment` (conditional create with `If-None-Exist`)
//! books a free slot, answering 409 when the slot is taken; `PUT
//! /{slug}/Appointment/{id}` cancels, answering 412 when `If-Match` names an old
//! version. The simulator enforces slot exclusivity itself, as real systems do.
//!
//! Faults (no authentication: bind it to localhost): `PUT /_admin/providers/{slug}/faults`
//! with a JSON [`Faults`], `DELETE` the same to clear, `GET .../requests` for
//! the count of FHIR requests received, and `/_admin` as a small HTML page.

mod admin;
pub mod booking;
pub mod data;
pub mod identity_provider;
pub mod linkage;
mod reads;
pub mod requests;
mod writes;

use admin::*;
use reads::*;
use writes::*;

use axum::{
    body::Body,
    body::Bytes,
    extract::{Path, Query, State},
    http::{header, HeaderMap, StatusCode},
    response::{Html, IntoResponse, Redirect, Response},
    routing::{get, put},
    Form, Json, Router,
};
use data::{population, provider_data, SimProvider, PROVIDERS};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::{
    collections::HashMap,
    net::SocketAddr,
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc, Mutex, RwLock,
    },
    time::Duration,
};
use time::Date;

/// Faults for one provider. All off by default.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Faults {
    /// Added to every answer, in milliseconds.
    pub latency_ms: u64,
    /// Answer every request with this status and an OperationOutcome (for example 500 or 503).
    pub status: Option<u16>,
    /// Never answer.
    pub hang: bool,
    /// Answer 200 with JSON that does not parse.
    pub malformed: bool,
    /// Answer searches with no entries.
    pub empty: bool,
    /// Put markup and wrongly typed elements into every resource.
    pub hostile: bool,
    /// Answer with a body over the portal's 8 MB limit.
    pub huge: bool,
    /// Refuse creates and updates with this status, changing nothing (a failure before booking).
    pub write_status: Option<u16>,
    /// Make the change, then never answer (the outcome is unknown to the caller).
    pub write_lost: bool,
    /// Make the change, then stop answering anything at all (a crash just after booking).
    pub crash_after_write: bool,
}

struct Hosted {
    info: &'static SimProvider,
    /// Resources by type. Record data never changes; slots and appointments do.
    by_type: RwLock<HashMap<String, Vec<Value>>>,
    faults: Mutex<Faults>,
    requests: AtomicU64,
    /// For the ids of new appointments.
    created: AtomicU64,
}

impl Hosted {
    fn store(&self) -> std::sync::RwLockReadGuard<'_, HashMap<String, Vec<Value>>> {
        self.by_type.read().unwrap_or_else(|e| e.into_inner())
    }

    fn store_mut(&self) -> std::sync::RwLockWriteGuard<'_, HashMap<String, Vec<Value>>> {
        self.by_type.write().unwrap_or_else(|e| e.into_inner())
    }

    fn faults(&self) -> Faults {
        self.faults.lock().map(|f| f.clone()).unwrap_or_default()
    }
}

#[derive(Clone)]
struct Sim {
    base: Arc<String>,
    providers: Arc<HashMap<&'static str, Hosted>>,
    linkage: Arc<Vec<linkage::Linkage>>,
}

/// A running simulator.
pub struct SimHandle {
    pub addr: SocketAddr,
    /// `http://host:port`, without a trailing slash; a provider's base is `{base_url}/{slug}`.
    pub base_url: String,
}

impl SimHandle {
    pub fn provider_base(&self, slug: &str) -> String {
        format!("{}/{slug}", self.base_url)
    }
}

/// Builds every provider's data (deterministic from `seed`, dated relative to `today`),
/// binds `addr` and serves in the background.
pub async fn start(addr: SocketAddr, seed: u64, today: Date) -> std::io::Result<SimHandle> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    let base_url = format!("http://{addr}");
    let router = router(&base_url, seed, today);
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, router).await {
            tracing::error!(error = %e, "the provider simulator stopped");
        }
    });
    Ok(SimHandle { addr, base_url })
}

pub fn router(base_url: &str, seed: u64, today: Date) -> Router {
    let people = population(seed, today);
    let mut providers = HashMap::new();
    for (i, info) in PROVIDERS.iter().enumerate() {
        let mut by_type: HashMap<String, Vec<Value>> = HashMap::new();
        let resources = provider_data(seed, i, &people, today)
            .resources
            .into_iter()
            .chain(booking::schedules_and_slots(seed, i, today))
            .chain(booking::existing_appointments(seed, i, &people, today));
        for r in resources {
            let t = r["resourceType"].as_str().unwrap_or_default().to_string();
            by_type.entry(t).or_default().push(r);
        }
        providers.insert(
            info.slug,
            Hosted {
                info,
                by_type: RwLock::new(by_type),
                faults: Mutex::new(Faults::default()),
                requests: AtomicU64::new(0),
                created: AtomicU64::new(0),
            },
        );
    }
    let sim = Sim {
        base: Arc::new(base_url.to_string()),
        providers: Arc::new(providers),
        linkage: Arc::new(linkage::linkages(seed, &people)),
    };
    Router::new()
        .route("/_admin", get(admin_page).post(admin_form))
        .route(
            "/_admin/providers/{slug}/faults",
            put(set_faults).delete(clear_faults).get(get_faults),
        )
        .route("/_admin/providers/{slug}/requests", get(request_count))
        .route("/_admin/providers/{slug}/tasks", get(list_tasks))
        .route("/_admin/providers/{slug}/tasks/{id}", put(set_task_status))
        .route("/_admin/tasks", axum::routing::post(task_form))
        .route("/_admin/linkage", get(linkage::list))
        .route(
            "/_admin/providers/{slug}/related-people/{id}/end",
            axum::routing::post(admin::end_relationship),
        )
        .route(
            "/{slug}/Patient/$verify-linkage-key",
            axum::routing::post(linkage::verify),
        )
        .route("/{slug}", axum::routing::post(transaction))
        .route("/{slug}/", axum::routing::post(transaction))
        .route("/{slug}/metadata", get(metadata))
        .route("/{slug}/{rtype}", get(search).post(create))
        .route("/{slug}/{rtype}/{id}", get(read).put(update))
        .with_state(sim)
}

// ---- FHIR answers -------------------------------------------------------------

const FHIR_JSON: &str = "application/fhir+json; charset=utf-8";

fn fhir(status: StatusCode, body: &Value) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, FHIR_JSON)],
        body.to_string(),
    )
        .into_response()
}

fn outcome(status: StatusCode, code: &str, text: &str) -> Response {
    fhir(
        status,
        &json!({
            "resourceType": "OperationOutcome",
            "issue": [{ "severity": "error", "code": code, "diagnostics": text }]
        }),
    )
}

/// Everything common to FHIR requests: the provider, the count, the token and the faults.
/// `Ok` carries the faults still to apply to the answer.
async fn admit(
    sim: &Sim,
    slug: &str,
    headers: &HeaderMap,
) -> Result<(&'static SimProvider, Faults), Response> {
    let Some(p) = sim.providers.get(slug) else {
        return Err(outcome(
            StatusCode::NOT_FOUND,
            "not-found",
            "No such provider system",
        ));
    };
    p.requests.fetch_add(1, Ordering::Relaxed);
    let faults = p.faults();
    if faults.latency_ms > 0 {
        tokio::time::sleep(Duration::from_millis(faults.latency_ms)).await;
    }
    if faults.hang {
        std::future::pending::<()>().await;
    }
    let expected = format!("Bearer {}", p.info.token);
    if headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        != Some(expected.as_str())
    {
        return Err(outcome(
            StatusCode::UNAUTHORIZED,
            "login",
            "A valid bearer token is required",
        ));
    }
    if let Some(code) = faults.status {
        let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        return Err(outcome(
            status,
            "exception",
            "The provider system is not working (simulated fault)",
        ));
    }
    if faults.malformed {
        return Err((
            StatusCode::OK,
            [(header::CONTENT_TYPE, FHIR_JSON)],
            "{\"resourceType\": \"Bundle\", \"entry\": [{\"resource\": ",
        )
            .into_response());
    }
    if faults.huge {
        let padding = "x".repeat(9 * 1024 * 1024);
        let body = format!(
            "{{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"padding\":\"{padding}\"}}"
        );
        return Err((
            StatusCode::OK,
            [(header::CONTENT_TYPE, FHIR_JSON)],
            Body::from(body),
        )
            .into_response());
    }
    Ok((p.info, faults))
}

fn hosted<'a>(sim: &'a Sim, slug: &str) -> Option<&'a Hosted> {
    sim.providers.get(slug)
}

fn no_such_provider() -> Response {
    (StatusCode::NOT_FOUND, "no such provider system").into_response()
}

/// The built-in demo provider systems, served by the simulator at `sim_base`.
pub fn demo_providers(sim_base: &str) -> Vec<crate::providers::ProviderConfig> {
    use crate::providers::{
        default_budget, default_medications, default_write_budget, ProviderConfig, ProviderKind,
    };
    use data::{Kind, PROVIDERS};
    PROVIDERS
        .iter()
        .map(|p| ProviderConfig {
            id: p.slug.to_string(),
            name: p.name.to_string(),
            kind: match p.kind {
                Kind::Gp => ProviderKind::Gp,
                Kind::Hospital => ProviderKind::Hospital,
                Kind::Community => ProviderKind::Community,
                Kind::MentalHealth => ProviderKind::MentalHealth,
                Kind::SocialCare => ProviderKind::SocialCare,
            },
            ods_code: p.ods.to_string(),
            base_url: format!("{}/{}", sim_base.trim_end_matches('/'), p.slug),
            bearer_token: Some(crate::platform::secret::Secret::new(p.token)),
            bearer_token_env: None,
            budget_ms: default_budget(),
            write_budget_ms: default_write_budget(),
            medication_resources: default_medications(),
        })
        .collect()
}
