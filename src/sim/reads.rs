//! FHIR reads: the capability statement, read by id (with ETag) and search
//! (searchset with paging), with the search parameters the portal uses.

use super::*;

pub(super) async fn metadata(
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
        "RelatedPerson",
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

pub(super) async fn read(
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

pub(super) async fn search(
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
    if rtype == "RelatedPerson" && param("_include") == Some("RelatedPerson:patient") {
        let patients = store.get("Patient").map(Vec::as_slice).unwrap_or(&[]);
        let mut included: Vec<&str> = Vec::new();
        for related in &page {
            let id = related["patient"]["reference"]
                .as_str()
                .unwrap_or_default()
                .trim_start_matches("Patient/");
            if included.contains(&id) {
                continue;
            }
            if let Some(p) = patients.iter().find(|p| p["id"].as_str() == Some(id)) {
                included.push(id);
                entries.push(json!({ "fullUrl": format!("{base}/Patient/{id}"), "resource": p, "search": { "mode": "include" } }));
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

pub(super) fn with_etag(mut res: Response, r: &Value) -> Response {
    let version = r["meta"]["versionId"].as_str().unwrap_or("1");
    if let Ok(v) = format!("W/\"{version}\"").parse() {
        res.headers_mut().insert(header::ETAG, v);
    }
    res
}

/// The date a resource is searched and sorted by.
pub(super) fn date_of(r: &Value) -> Option<&str> {
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

pub(super) fn codes_of(v: &Value) -> Vec<&str> {
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
pub(super) fn matches_all(r: &Value, params: &[(String, String)]) -> Result<bool, String> {
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
pub(super) fn participants(r: &Value) -> impl Iterator<Item = &str> {
    r["participant"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["actor"]["reference"].as_str())
}

pub(super) fn split_prefix(raw: &str) -> (&str, &str) {
    for op in ["ge", "gt", "le", "lt", "eq", "ne"] {
        if let Some(rest) = raw.strip_prefix(op) {
            return (op, rest);
        }
    }
    ("eq", raw)
}

/// The hostile fault: markup in every text, and elements of the wrong type.
pub(super) fn spoil(v: &mut Value) {
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
