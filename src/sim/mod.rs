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

pub mod booking;
pub mod data;
pub mod requests;

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
    let people = population(seed);
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

async fn metadata(
    State(sim): State<Sim>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Response {
    let (info, _) = match admit(&sim, &slug, &headers).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let types = [
        "Patient",
        "Condition",
        "AllergyIntolerance",
        "MedicationStatement",
        "MedicationRequest",
        "Immunization",
        "Observation",
        "DiagnosticReport",
        "DocumentReference",
        "Encounter",
        "Location",
        "Schedule",
        "Slot",
        "Appointment",
    ];
    let resources: Vec<Value> = types
        .iter()
        .map(|t| {
            let mut interactions = vec![json!({ "code": "read" }), json!({ "code": "search-type" })];
            if *t == "Appointment" {
                interactions.push(json!({ "code": "create" }));
                interactions.push(json!({ "code": "update" }));
            }
            json!({ "type": t, "interaction": interactions, "conditionalCreate": *t == "Appointment" })
        })
        .collect();
    fhir(
        StatusCode::OK,
        &json!({
            "resourceType": "CapabilityStatement",
            "status": "active",
            "kind": "instance",
            "fhirVersion": "4.0.1",
            "format": ["json"],
            "implementation": { "description": info.name, "url": format!("{}/{}", sim.base, info.slug) },
            "rest": [{ "mode": "server", "resource": resources }]
        }),
    )
}

async fn read(
    State(sim): State<Sim>,
    Path((slug, rtype, id)): Path<(String, String, String)>,
    headers: HeaderMap,
) -> Response {
    let faults = match admit(&sim, &slug, &headers).await {
        Ok((_, f)) => f,
        Err(r) => return r,
    };
    let Some(p) = sim.providers.get(slug.as_str()) else {
        return outcome(
            StatusCode::NOT_FOUND,
            "not-found",
            "No such provider system",
        );
    };
    let found = p
        .store()
        .get(&rtype)
        .and_then(|list| list.iter().find(|r| r["id"].as_str() == Some(id.as_str())))
        .cloned();
    match found {
        Some(mut r) => {
            if faults.hostile {
                spoil(&mut r);
            }
            with_etag(fhir(StatusCode::OK, &r), &r)
        }
        None => outcome(
            StatusCode::NOT_FOUND,
            "not-found",
            &format!("{rtype}/{id} is not known"),
        ),
    }
}

async fn search(
    State(sim): State<Sim>,
    Path((slug, rtype)): Path<(String, String)>,
    Query(params): Query<Vec<(String, String)>>,
    headers: HeaderMap,
) -> Response {
    let (info, faults) = match admit(&sim, &slug, &headers).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let Some(p) = sim.providers.get(slug.as_str()) else {
        return outcome(
            StatusCode::NOT_FOUND,
            "not-found",
            "No such provider system",
        );
    };
    if !rtype.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
        return outcome(
            StatusCode::NOT_FOUND,
            "not-supported",
            "Unknown resource type",
        );
    }
    let store = p.store();
    let all = store.get(&rtype).map(Vec::as_slice).unwrap_or(&[]);
    let mut matched: Vec<&Value> = match all.iter().try_fold(Vec::new(), |mut acc, r| {
        if matches_all(r, &params)? {
            acc.push(r);
        }
        Ok::<_, String>(acc)
    }) {
        Ok(m) => m,
        Err(problem) => return outcome(StatusCode::BAD_REQUEST, "invalid", &problem),
    };
    if faults.empty {
        matched.clear();
    }
    if let Some((_, sort)) = params.iter().find(|(k, _)| k == "_sort") {
        let descending = sort.starts_with('-');
        matched.sort_by(|a, b| {
            let (x, y) = (
                date_of(a).unwrap_or_default(),
                date_of(b).unwrap_or_default(),
            );
            if descending {
                y.cmp(x)
            } else {
                x.cmp(y)
            }
        });
    }
    let param = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let count = param("_count")
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(20)
        .clamp(1, 100);
    let offset = param("_offset")
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(0);
    let total = matched.len();
    let page: Vec<&Value> = matched.iter().skip(offset).take(count).copied().collect();

    let base = format!("{}/{}", sim.base, info.slug);
    let kept: Vec<(String, String)> = params
        .iter()
        .filter(|(k, _)| k != "_offset")
        .cloned()
        .collect();
    let link = |offset: usize| {
        let mut q = kept.clone();
        q.push(("_offset".into(), offset.to_string()));
        format!(
            "{base}/{rtype}?{}",
            serde_urlencoded::to_string(&q).unwrap_or_default()
        )
    };
    let mut links = vec![json!({ "relation": "self", "url": link(offset) })];
    if offset + count < total {
        links.push(json!({ "relation": "next", "url": link(offset + count) }));
    }
    let mut entries: Vec<Value> = page
        .iter()
        .map(|r| {
            let mut r = (*r).clone();
            if faults.hostile {
                spoil(&mut r);
            }
            json!({
                "fullUrl": format!("{base}/{rtype}/{}", r["id"].as_str().unwrap_or_default()),
                "resource": r,
                "search": { "mode": "match" }
            })
        })
        .collect();
    if rtype == "Slot" && param("_include") == Some("Slot:schedule") {
        let schedules = store.get("Schedule").map(Vec::as_slice).unwrap_or(&[]);
        let mut included: Vec<&str> = Vec::new();
        for slot in &page {
            let id = slot["schedule"]["reference"]
                .as_str()
                .unwrap_or_default()
                .trim_start_matches("Schedule/");
            if included.contains(&id) {
                continue;
            }
            if let Some(s) = schedules.iter().find(|s| s["id"].as_str() == Some(id)) {
                included.push(id);
                entries.push(json!({ "fullUrl": format!("{base}/Schedule/{id}"), "resource": s, "search": { "mode": "include" } }));
            }
        }
    }
    if rtype == "DiagnosticReport" && param("_include") == Some("DiagnosticReport:result") {
        let observations = store.get("Observation").map(Vec::as_slice).unwrap_or(&[]);
        for report in &page {
            for reference in report["result"].as_array().into_iter().flatten() {
                let id = reference["reference"]
                    .as_str()
                    .unwrap_or_default()
                    .trim_start_matches("Observation/");
                if let Some(o) = observations.iter().find(|o| o["id"].as_str() == Some(id)) {
                    entries.push(json!({ "fullUrl": format!("{base}/Observation/{id}"), "resource": o, "search": { "mode": "include" } }));
                }
            }
        }
    }
    fhir(
        StatusCode::OK,
        &json!({
            "resourceType": "Bundle",
            "type": "searchset",
            "total": total,
            "link": links,
            "entry": entries
        }),
    )
}

fn with_etag(mut res: Response, r: &Value) -> Response {
    let version = r["meta"]["versionId"].as_str().unwrap_or("1");
    if let Ok(v) = format!("W/\"{version}\"").parse() {
        res.headers_mut().insert(header::ETAG, v);
    }
    res
}

fn next_version(r: &mut Value) {
    let v: u64 = r["meta"]["versionId"]
        .as_str()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    r["meta"]["versionId"] = json!((v + 1).to_string());
    r["meta"]["lastUpdated"] = json!(now_instant());
}

fn now_instant() -> String {
    time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

/// Applies the write faults once a change has been made: answer normally, never
/// answer, or stop answering everything.
async fn after_write(p: &Hosted, faults: &Faults, answer: Response) -> Response {
    if faults.crash_after_write {
        if let Ok(mut f) = p.faults.lock() {
            f.hang = true;
        }
        std::future::pending::<()>().await;
    }
    if faults.write_lost {
        std::future::pending::<()>().await;
    }
    answer
}

/// The slot, patient and identifier rules of booking, checked under the store's lock.
enum Booked {
    New(Value),
    AlreadyThere(Value),
}

fn book(
    store: &mut HashMap<String, Vec<Value>>,
    mut appt: Value,
    if_none_exist: Option<&str>,
    new_id: String,
) -> Result<Booked, Box<Response>> {
    let invalid =
        |code: StatusCode, kind: &str, text: &str| Err(Box::new(outcome(code, kind, text)));
    if let Some(condition) = if_none_exist {
        let params: Vec<(String, String)> =
            serde_urlencoded::from_str(condition).unwrap_or_default();
        if params.is_empty() || params.iter().any(|(k, _)| k != "identifier") {
            return invalid(
                StatusCode::BAD_REQUEST,
                "invalid",
                "If-None-Exist supports identifier only",
            );
        }
        let existing: Vec<&Value> = store
            .get("Appointment")
            .into_iter()
            .flatten()
            .filter(|a| matches_all(a, &params).unwrap_or(false))
            .collect();
        match existing.as_slice() {
            [] => {}
            [one] => return Ok(Booked::AlreadyThere((*one).clone())),
            _ => {
                return invalid(
                    StatusCode::PRECONDITION_FAILED,
                    "duplicate",
                    "More than one appointment has that identifier",
                )
            }
        }
    }
    if !matches!(
        appt["status"].as_str(),
        Some("booked" | "pending" | "proposed")
    ) {
        return invalid(
            StatusCode::UNPROCESSABLE_ENTITY,
            "business-rule",
            "A new appointment must be booked, pending or proposed",
        );
    }
    let Some(patient) = participants(&appt)
        .find(|r| r.starts_with("Patient/"))
        .map(str::to_string)
    else {
        return invalid(
            StatusCode::UNPROCESSABLE_ENTITY,
            "required",
            "The appointment must name a patient",
        );
    };
    let patient_id = patient.trim_start_matches("Patient/");
    if !store
        .get("Patient")
        .into_iter()
        .flatten()
        .any(|p| p["id"].as_str() == Some(patient_id))
    {
        return invalid(
            StatusCode::UNPROCESSABLE_ENTITY,
            "not-found",
            "The patient is not known here",
        );
    }
    let Some(slot_id) = appt["slot"][0]["reference"]
        .as_str()
        .map(|r| r.trim_start_matches("Slot/").to_string())
    else {
        return invalid(
            StatusCode::UNPROCESSABLE_ENTITY,
            "required",
            "The appointment must name a slot",
        );
    };
    let Some(slot) = store.get_mut("Slot").and_then(|slots| {
        slots
            .iter_mut()
            .find(|s| s["id"].as_str() == Some(slot_id.as_str()))
    }) else {
        return invalid(
            StatusCode::UNPROCESSABLE_ENTITY,
            "not-found",
            "The slot is not known here",
        );
    };
    if slot["status"].as_str() != Some("free") {
        return invalid(
            StatusCode::CONFLICT,
            "conflict",
            "The slot is no longer free",
        );
    }
    slot["status"] = json!("busy");
    next_version(slot);
    let slot = slot.clone();
    let schedule_id = slot["schedule"]["reference"]
        .as_str()
        .unwrap_or_default()
        .trim_start_matches("Schedule/")
        .to_string();
    let schedule = store
        .get("Schedule")
        .and_then(|s| {
            s.iter()
                .find(|s| s["id"].as_str() == Some(schedule_id.as_str()))
        })
        .cloned()
        .unwrap_or(Value::Null);
    let mut people = vec![json!({ "actor": { "reference": patient }, "status": "accepted" })];
    for actor in schedule["actor"].as_array().into_iter().flatten() {
        let kind = if actor["reference"]
            .as_str()
            .is_some_and(|r| r.starts_with("Location/"))
        {
            "location"
        } else {
            "practitioner"
        };
        people.push(json!({ "actor": actor, "type": [{ "text": kind }], "status": "accepted" }));
    }
    appt["resourceType"] = json!("Appointment");
    appt["id"] = json!(new_id);
    appt["meta"] = json!({ "versionId": "1", "lastUpdated": now_instant() });
    appt["status"] = json!("booked");
    appt["start"] = slot["start"].clone();
    appt["end"] = slot["end"].clone();
    appt["serviceType"] = slot["serviceType"].clone();
    appt["extension"] = slot["extension"].clone();
    appt["participant"] = json!(people);
    appt["created"] = json!(now_instant());
    if let Some(instruction) = schedule["comment"].as_str() {
        appt["patientInstruction"] = json!(instruction);
    }
    store
        .entry("Appointment".into())
        .or_default()
        .push(appt.clone());
    Ok(Booked::New(appt))
}

/// What creates and updates share: admission, appointments only, and the
/// refuse-writes fault (which changes nothing).
async fn admit_write<'a>(
    sim: &'a Sim,
    slug: &str,
    rtype: &str,
    headers: &HeaderMap,
) -> Result<(&'a Hosted, Faults), Response> {
    let (_, faults) = admit(sim, slug, headers).await?;
    let p = sim.providers.get(slug).ok_or_else(no_such_provider)?;
    if rtype != "Appointment" && rtype != "transaction" {
        return Err(outcome(
            StatusCode::METHOD_NOT_ALLOWED,
            "not-supported",
            "Only appointments can be created or changed here; send requests as a transaction",
        ));
    }
    if let Some(code) = faults.write_status {
        let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        return Err(outcome(
            status,
            "transient",
            "The provider system could not make the change (simulated fault)",
        ));
    }
    Ok((p, faults))
}

/// `POST /{slug}/Appointment`: books a free slot.
async fn create(
    State(sim): State<Sim>,
    Path((slug, rtype)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (p, faults) = match admit_write(&sim, &slug, &rtype, &headers).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let info = p.info;
    let appt: Value = match serde_json::from_slice(&body) {
        Ok(v @ Value::Object(_)) if v["resourceType"] == "Appointment" => v,
        _ => {
            return outcome(
                StatusCode::BAD_REQUEST,
                "structure",
                "The body must be an Appointment",
            )
        }
    };
    let condition = headers.get("if-none-exist").and_then(|v| v.to_str().ok());
    let n = p.created.fetch_add(1, Ordering::Relaxed) + 1;
    let new_id = format!("{}-bk-{n}", info.ods.to_lowercase());
    let result = book(&mut p.store_mut(), appt, condition, new_id);
    let answer = match result {
        Ok(Booked::New(appt)) => {
            let mut res = with_etag(fhir(StatusCode::CREATED, &appt), &appt);
            let location = format!(
                "{}/{}/Appointment/{}/_history/1",
                sim.base,
                info.slug,
                appt["id"].as_str().unwrap_or_default()
            );
            if let Ok(v) = location.parse() {
                res.headers_mut().insert(header::LOCATION, v);
            }
            res
        }
        Ok(Booked::AlreadyThere(appt)) => with_etag(fhir(StatusCode::OK, &appt), &appt),
        Err(res) => return *res,
    };
    after_write(p, &faults, answer).await
}

/// `PUT /{slug}/Appointment/{id}`: the only change allowed is cancelling, which frees the slot.
async fn update(
    State(sim): State<Sim>,
    Path((slug, rtype, id)): Path<(String, String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (p, faults) = match admit_write(&sim, &slug, &rtype, &headers).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let wanted: Value = match serde_json::from_slice(&body) {
        Ok(v @ Value::Object(_))
            if v["resourceType"] == "Appointment" && v["id"].as_str() == Some(id.as_str()) =>
        {
            v
        }
        _ => {
            return outcome(
                StatusCode::BAD_REQUEST,
                "structure",
                "The body must be this Appointment",
            )
        }
    };
    let if_match = headers
        .get(header::IF_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let result = {
        let mut store = p.store_mut();
        let Some(current) = store.get_mut("Appointment").and_then(|all| {
            all.iter_mut()
                .find(|a| a["id"].as_str() == Some(id.as_str()))
        }) else {
            return outcome(
                StatusCode::NOT_FOUND,
                "not-found",
                "Appointment is not known",
            );
        };
        let version = current["meta"]["versionId"]
            .as_str()
            .unwrap_or("1")
            .to_string();
        if if_match.is_some_and(|m| m != format!("W/\"{version}\"")) {
            return outcome(
                StatusCode::PRECONDITION_FAILED,
                "conflict",
                "The appointment has changed since it was read",
            );
        }
        let patient = |a: &Value| {
            participants(a)
                .find(|r| r.starts_with("Patient/"))
                .map(str::to_string)
        };
        if patient(&wanted) != patient(current) {
            return outcome(
                StatusCode::UNPROCESSABLE_ENTITY,
                "business-rule",
                "The patient of an appointment cannot change",
            );
        }
        let (from, to) = (
            current["status"].as_str().unwrap_or_default().to_string(),
            wanted["status"].as_str().unwrap_or_default().to_string(),
        );
        let mut freed = None;
        if from != to {
            if to != "cancelled" || !matches!(from.as_str(), "booked" | "pending" | "proposed") {
                return outcome(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "business-rule",
                    "Only a booked appointment can be cancelled, and nothing else can change",
                );
            }
            current["status"] = json!("cancelled");
            current["cancelationReason"] = wanted["cancelationReason"].clone();
            next_version(current);
            freed = current["slot"][0]["reference"]
                .as_str()
                .map(|r| r.trim_start_matches("Slot/").to_string());
        }
        let updated = current.clone();
        if let Some(slot_id) = freed {
            if let Some(slot) = store.get_mut("Slot").and_then(|s| {
                s.iter_mut()
                    .find(|s| s["id"].as_str() == Some(slot_id.as_str()))
            }) {
                slot["status"] = json!("free");
                next_version(slot);
            }
        }
        updated
    };
    let answer = with_etag(fhir(StatusCode::OK, &result), &result);
    after_write(p, &faults, answer).await
}

/// The date a resource is searched and sorted by.
fn date_of(r: &Value) -> Option<&str> {
    let fields: &[&[&str]] = &[
        &["effectiveDateTime"],
        &["effectivePeriod", "start"],
        &["authoredOn"],
        &["occurrenceDateTime"],
        &["onsetDateTime"],
        &["recordedDate"],
        &["period", "start"],
        &["date"],
        &["start"],
    ];
    fields.iter().find_map(|path| {
        let mut v = r;
        for key in *path {
            v = v.get(key)?;
        }
        v.as_str()
    })
}

fn codes_of(v: &Value) -> Vec<&str> {
    fn one(c: &Value) -> Vec<&str> {
        c["coding"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| c["code"].as_str())
            .collect()
    }
    match v {
        Value::Array(items) => items.iter().flat_map(one).collect(),
        other => one(other),
    }
}

/// Standard R4 search parameters the portal uses. Unknown parameters are
/// ignored, as R4 allows by default.
fn matches_all(r: &Value, params: &[(String, String)]) -> Result<bool, String> {
    for (name, raw) in params {
        let wanted = |v: &str| raw.split(',').any(|w| w.rsplit('|').next() == Some(v));
        let ok = match name.as_str() {
            "identifier" => {
                let (system, value) = match raw.split_once('|') {
                    Some((s, v)) => (Some(s), v),
                    None => (None, raw.as_str()),
                };
                requests::has_identifier(r, system, value)
            }
            "patient" | "subject" => {
                let id = raw.trim_start_matches("Patient/");
                let wanted = format!("Patient/{id}");
                let reference = r["subject"]["reference"]
                    .as_str()
                    .or(r["patient"]["reference"].as_str())
                    .or(r["for"]["reference"].as_str());
                reference == Some(wanted.as_str()) || participants(r).any(|p| p == wanted.as_str())
            }
            "schedule" => {
                r["schedule"]["reference"]
                    .as_str()
                    .map(|s| s.trim_start_matches("Schedule/"))
                    == Some(raw.trim_start_matches("Schedule/"))
            }
            "service-type" => codes_of(&r["serviceType"]).into_iter().any(wanted),
            "_id" => r["id"].as_str().is_some_and(wanted),
            "status" => r["status"].as_str().is_some_and(wanted),
            "clinical-status" => codes_of(&r["clinicalStatus"]).into_iter().any(wanted),
            "category" => codes_of(&r["category"]).into_iter().any(wanted),
            "code" => codes_of(&r["code"]).into_iter().any(wanted),
            "date" | "authoredon" | "onset-date" | "start" => {
                let (op, value) = split_prefix(raw);
                if value.len() < 4 || !value.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                    return Err(format!("The {name} parameter is not a date"));
                }
                match date_of(r) {
                    None => false,
                    Some(d) => {
                        let d = &d[..d.len().min(value.len())];
                        match op {
                            "ge" => d >= value,
                            "gt" => d > value,
                            "le" => d <= value,
                            "lt" => d < value,
                            "ne" => d != value,
                            _ => d == value,
                        }
                    }
                }
            }
            _ => true,
        };
        if !ok {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The actors an appointment names.
fn participants(r: &Value) -> impl Iterator<Item = &str> {
    r["participant"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["actor"]["reference"].as_str())
}

fn split_prefix(raw: &str) -> (&str, &str) {
    for op in ["ge", "gt", "le", "lt", "eq", "ne"] {
        if let Some(rest) = raw.strip_prefix(op) {
            return (op, rest);
        }
    }
    ("eq", raw)
}

/// The hostile fault: markup in every text, and elements of the wrong type.
fn spoil(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                match key.as_str() {
                    "text" | "display" | "conclusion" | "description" => {
                        *value = json!("<script>alert('pwned')</script><b>Bold claim</b>");
                    }
                    "clinicalStatus" | "criticality" | "valueQuantity" => *value = json!(12345),
                    "resourceType" | "id" | "reference" | "subject" | "patient" => {}
                    _ => spoil(value),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(spoil),
        _ => {}
    }
}

// ---- Fault switches -------------------------------------------------------------

fn hosted<'a>(sim: &'a Sim, slug: &str) -> Option<&'a Hosted> {
    sim.providers.get(slug)
}

fn no_such_provider() -> Response {
    (StatusCode::NOT_FOUND, "no such provider system").into_response()
}

async fn set_faults(
    State(sim): State<Sim>,
    Path(slug): Path<String>,
    Json(faults): Json<Faults>,
) -> Response {
    match hosted(&sim, &slug) {
        Some(p) => {
            if let Ok(mut f) = p.faults.lock() {
                *f = faults.clone();
            }
            Json(faults).into_response()
        }
        None => no_such_provider(),
    }
}

async fn clear_faults(State(sim): State<Sim>, Path(slug): Path<String>) -> Response {
    set_faults(State(sim), Path(slug), Json(Faults::default())).await
}

async fn get_faults(State(sim): State<Sim>, Path(slug): Path<String>) -> Response {
    match hosted(&sim, &slug) {
        Some(p) => Json(p.faults()).into_response(),
        None => no_such_provider(),
    }
}

async fn request_count(State(sim): State<Sim>, Path(slug): Path<String>) -> Response {
    match hosted(&sim, &slug) {
        Some(p) => Json(json!({ "count": p.requests.load(Ordering::Relaxed) })).into_response(),
        None => no_such_provider(),
    }
}

#[derive(Deserialize)]
struct FaultForm {
    provider: String,
    fault: String,
}

/// The faults the demo's switch offers, by name; one list for the form and its handler.
fn presets() -> Vec<(&'static str, Faults)> {
    let with = |change: fn(&mut Faults)| {
        let mut f = Faults::default();
        change(&mut f);
        f
    };
    vec![
        ("none", Faults::default()),
        ("latency", with(|f| f.latency_ms = 2000)),
        ("error", with(|f| f.status = Some(503))),
        ("hang", with(|f| f.hang = true)),
        ("malformed", with(|f| f.malformed = true)),
        ("empty", with(|f| f.empty = true)),
        ("hostile", with(|f| f.hostile = true)),
        ("huge", with(|f| f.huge = true)),
        ("write_refused", with(|f| f.write_status = Some(503))),
        ("write_lost", with(|f| f.write_lost = true)),
        ("crash_after_write", with(|f| f.crash_after_write = true)),
    ]
}

/// The demo's fault switch: a form per provider.
async fn admin_form(State(sim): State<Sim>, Form(form): Form<FaultForm>) -> Response {
    let Some(p) = hosted(&sim, &form.provider) else {
        return no_such_provider();
    };
    let faults = presets()
        .into_iter()
        .find(|(name, _)| *name == form.fault)
        .map(|(_, f)| f)
        .unwrap_or_default();
    if let Ok(mut f) = p.faults.lock() {
        *f = faults;
    }
    Redirect::to("/_admin").into_response()
}

async fn admin_page(State(sim): State<Sim>) -> Html<String> {
    let mut rows = String::new();
    for info in PROVIDERS {
        let Some(p) = sim.providers.get(info.slug) else {
            continue;
        };
        let current = p.faults();
        let options: String = presets()
            .iter()
            .map(|(o, _)| format!("<option value=\"{o}\">{o}</option>"))
            .collect();
        rows.push_str(&format!(
            "<tr><td>{name}<br><code>{base}/{slug}</code></td><td><code>{current}</code></td><td>{count}</td>\
             <td><form method=\"post\" action=\"/_admin\"><input type=\"hidden\" name=\"provider\" value=\"{slug}\">\
             <label>Fault <select name=\"fault\">{options}</select></label> <button>Set</button></form></td></tr>",
            name = info.name,
            base = sim.base,
            slug = info.slug,
            current = serde_json::to_string(&current).unwrap_or_default(),
            count = p.requests.load(Ordering::Relaxed),
        ));
    }
    Html(format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Provider simulator</title></head>\
         <body><h1>Provider simulator: fault switches</h1><table><thead><tr><th>Provider system</th><th>Faults now</th>\
         <th>FHIR requests</th><th>Change</th></tr></thead><tbody>{rows}</tbody></table>\
         <h2>Online requests received (newest first)</h2><table><thead><tr><th>Practice</th><th>Reference</th>\
         <th>Request</th><th>Priority</th><th>Work on it</th></tr></thead><tbody>{tasks}</tbody></table></body></html>",
        tasks = task_rows(&sim)
    ))
}

// ---- Online requests ----------------------------------------------------------

/// `POST /{slug}`: a transaction of a QuestionnaireResponse and a Task (GP practices only).
async fn transaction(
    State(sim): State<Sim>,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (p, faults) = match admit_write(&sim, &slug, "transaction", &headers).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    if p.info.kind != data::Kind::Gp {
        return outcome(
            StatusCode::METHOD_NOT_ALLOWED,
            "not-supported",
            "Only GP practice systems take online requests",
        );
    }
    let bundle: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(_) => return outcome(StatusCode::BAD_REQUEST, "structure", "The body is not JSON"),
    };
    let ods = p.info.ods.to_lowercase();
    let result = {
        let mut store = p.store_mut();
        requests::apply(
            &mut store,
            &bundle,
            p.info.ods,
            |rtype| {
                let n = p.created.fetch_add(1, Ordering::Relaxed) + 1;
                let kind = if rtype == "Task" { "task" } else { "qr" };
                format!("{ods}-{kind}-{n}")
            },
            &now_instant(),
        )
    };
    let answer = match result {
        Ok(v) => fhir(StatusCode::OK, &v),
        Err((code, message)) => {
            let status = StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_REQUEST);
            return outcome(
                status,
                if code == 422 {
                    "processing"
                } else {
                    "structure"
                },
                &message,
            );
        }
    };
    after_write(p, &faults, answer).await
}

async fn list_tasks(State(sim): State<Sim>, Path(slug): Path<String>) -> Response {
    match hosted(&sim, &slug) {
        Some(p) => Json(p.store().get("Task").cloned().unwrap_or_default()).into_response(),
        None => no_such_provider(),
    }
}

#[derive(Deserialize)]
struct TaskChange {
    status: String,
    #[serde(default)]
    business_status: Option<String>,
}

async fn set_task_status(
    State(sim): State<Sim>,
    Path((slug, id)): Path<(String, String)>,
    Json(change): Json<TaskChange>,
) -> Response {
    let Some(p) = hosted(&sim, &slug) else {
        return no_such_provider();
    };
    let result = requests::set_status(
        &mut p.store_mut(),
        &id,
        &change.status,
        change.business_status.as_deref(),
        &now_instant(),
    );
    match result {
        Ok(t) => Json(t).into_response(),
        Err((code, m)) => (
            StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_REQUEST),
            m,
        )
            .into_response(),
    }
}

#[derive(Deserialize)]
struct TaskForm {
    provider: String,
    id: String,
    status: String,
    #[serde(default)]
    note: Option<String>,
}

/// The admin page's form for a practice working on a request.
async fn task_form(State(sim): State<Sim>, Form(form): Form<TaskForm>) -> Response {
    let Some(p) = hosted(&sim, &form.provider) else {
        return no_such_provider();
    };
    match requests::set_status(
        &mut p.store_mut(),
        &form.id,
        &form.status,
        form.note.as_deref(),
        &now_instant(),
    ) {
        Ok(_) => Redirect::to("/_admin").into_response(),
        Err((code, m)) => (
            StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_REQUEST),
            m,
        )
            .into_response(),
    }
}

/// Text for the admin page: no markup from a request reaches it unescaped.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn task_rows(sim: &Sim) -> String {
    let mut rows = String::new();
    for info in PROVIDERS {
        let Some(p) = sim.providers.get(info.slug) else {
            continue;
        };
        for t in p.store().get("Task").into_iter().flatten().rev().take(20) {
            let id = escape(t["id"].as_str().unwrap_or_default());
            let options: String = requests::TASK_STATUS
                .iter()
                .map(|s| {
                    let selected = if t["status"].as_str() == Some(s) {
                        " selected"
                    } else {
                        ""
                    };
                    format!("<option value=\"{s}\"{selected}>{s}</option>")
                })
                .collect();
            rows.push_str(&format!(
                "<tr><td>{name}</td><td>{reference}</td><td>{description}</td><td>{priority}</td>\
                 <td><form method=\"post\" action=\"/_admin/tasks\"><input type=\"hidden\" name=\"provider\" value=\"{slug}\">\
                 <input type=\"hidden\" name=\"id\" value=\"{id}\"><label>Status <select name=\"status\">{options}</select></label> \
                 <label>Message to the resident <input name=\"note\" value=\"{note}\"></label> <button>Save</button></form></td></tr>",
                name = info.name,
                slug = info.slug,
                reference = escape(t["identifier"][0]["value"].as_str().unwrap_or_default()),
                description = escape(t["description"].as_str().unwrap_or_default()),
                priority = escape(t["priority"].as_str().unwrap_or_default()),
                note = escape(t["businessStatus"]["text"].as_str().unwrap_or_default()),
            ));
        }
    }
    rows
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
