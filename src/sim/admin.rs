//! The simulator's admin side (no authentication: bind it to localhost): fault
//! switches per provider, request counts, and the tasks a practice works on.

use super::*;

pub(super) async fn set_faults(
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

pub(super) async fn clear_faults(State(sim): State<Sim>, Path(slug): Path<String>) -> Response {
    set_faults(State(sim), Path(slug), Json(Faults::default())).await
}

pub(super) async fn get_faults(State(sim): State<Sim>, Path(slug): Path<String>) -> Response {
    match hosted(&sim, &slug) {
        Some(p) => Json(p.faults()).into_response(),
        None => no_such_provider(),
    }
}

pub(super) async fn request_count(State(sim): State<Sim>, Path(slug): Path<String>) -> Response {
    match hosted(&sim, &slug) {
        Some(p) => Json(json!({ "count": p.requests.load(Ordering::Relaxed) })).into_response(),
        None => no_such_provider(),
    }
}

#[derive(Deserialize)]
pub(super) struct FaultForm {
    provider: String,
    fault: String,
}

/// The faults the demo's switch offers, by name; one list for the form and its handler.
pub(super) fn presets() -> Vec<(&'static str, Faults)> {
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
pub(super) async fn admin_form(State(sim): State<Sim>, Form(form): Form<FaultForm>) -> Response {
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

pub(super) async fn admin_page(State(sim): State<Sim>) -> Html<String> {
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

pub(super) async fn list_tasks(State(sim): State<Sim>, Path(slug): Path<String>) -> Response {
    match hosted(&sim, &slug) {
        Some(p) => Json(p.store().get("Task").cloned().unwrap_or_default()).into_response(),
        None => no_such_provider(),
    }
}

#[derive(Deserialize)]
pub(super) struct TaskChange {
    status: String,
    #[serde(default)]
    business_status: Option<String>,
}

pub(super) async fn set_task_status(
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
pub(super) struct TaskForm {
    provider: String,
    id: String,
    status: String,
    #[serde(default)]
    note: Option<String>,
}

/// The admin page's form for a practice working on a request.
pub(super) async fn task_form(State(sim): State<Sim>, Form(form): Form<TaskForm>) -> Response {
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
pub(super) fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub(super) fn task_rows(sim: &Sim) -> String {
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

/// The practice ends a relationship it recorded (a parent's responsibility, an
/// attorney's power): the `RelatedPerson` becomes inactive, its period ending today.
pub(super) async fn end_relationship(
    State(sim): State<Sim>,
    Path((slug, id)): Path<(String, String)>,
) -> Response {
    let Some(p) = hosted(&sim, &slug) else {
        return no_such_provider();
    };
    let mut store = p.store_mut();
    let Some(rp) = store.get_mut("RelatedPerson").and_then(|all| {
        all.iter_mut()
            .find(|r| r["id"].as_str() == Some(id.as_str()))
    }) else {
        return (StatusCode::NOT_FOUND, "No such relationship").into_response();
    };
    rp["active"] = serde_json::json!(false);
    rp["period"]["end"] = serde_json::json!(now_instant().get(..10).unwrap_or_default());
    Json(rp.clone()).into_response()
}
