//! FHIR writes: booking and cancelling appointments (slot exclusivity, 409 and
//! 412), conditional creates, and transaction Bundles (all or nothing).

use super::*;

pub(super) fn next_version(r: &mut Value) {
    let v: u64 = r["meta"]["versionId"]
        .as_str()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    r["meta"]["versionId"] = json!((v + 1).to_string());
    r["meta"]["lastUpdated"] = json!(now_instant());
}

pub(super) fn now_instant() -> String {
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
pub(super) async fn after_write(p: &Hosted, faults: &Faults, answer: Response) -> Response {
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
pub(super) enum Booked {
    New(Value),
    AlreadyThere(Value),
}

pub(super) fn book(
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
    // Someone who booked for the patient (a parent or carer) stays named.
    for p in appt["participant"].as_array().cloned().unwrap_or_default() {
        let related = p["actor"]["type"] == "RelatedPerson"
            || p["actor"]["reference"]
                .as_str()
                .is_some_and(|r| r.starts_with("RelatedPerson/"));
        if related {
            people.push(p);
        }
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
pub(super) async fn admit_write<'a>(
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
pub(super) async fn create(
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
pub(super) async fn update(
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

/// `POST /{slug}`: a transaction of a QuestionnaireResponse and a Task (GP practices only).
pub(super) async fn transaction(
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
