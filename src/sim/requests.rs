//! Online requests at a GP practice system: `POST /{slug}` takes a FHIR
//! transaction of a QuestionnaireResponse and a Task (each created only if no
//! resource has its identifier, `ifNoneExist`), checked against the R4 rules a
//! receiving system relies on, all or nothing. Staff work on a request through the
//! admin switch (`PUT /_admin/providers/{slug}/tasks/{id}`), which is how the
//! resident's status changes in the demo.

use serde_json::{json, Value};
use std::collections::HashMap;

const QR_STATUS: &[&str] = &[
    "in-progress",
    "completed",
    "amended",
    "entered-in-error",
    "stopped",
];
pub const TASK_STATUS: &[&str] = &[
    "draft",
    "requested",
    "received",
    "accepted",
    "rejected",
    "ready",
    "cancelled",
    "in-progress",
    "on-hold",
    "failed",
    "completed",
    "entered-in-error",
];
const TASK_INTENT: &[&str] = &[
    "unknown",
    "proposal",
    "plan",
    "order",
    "original-order",
    "reflex-order",
    "filler-order",
    "instance-order",
    "option",
];
const PRIORITY: &[&str] = &["routine", "urgent", "asap", "stat"];

/// Whether a resource carries this identifier (Task has a list, QuestionnaireResponse one).
pub fn has_identifier(r: &Value, system: Option<&str>, value: &str) -> bool {
    let one = |i: &Value| {
        i["value"].as_str() == Some(value)
            && system.is_none_or(|s| s.is_empty() || i["system"].as_str() == Some(s))
    };
    match &r["identifier"] {
        Value::Array(ids) => ids.iter().any(one),
        i @ Value::Object(_) => one(i),
        _ => false,
    }
}

fn patient_known(store: &HashMap<String, Vec<Value>>, reference: Option<&str>) -> bool {
    let Some(id) = reference.and_then(|r| r.strip_prefix("Patient/")) else {
        return false;
    };
    store
        .get("Patient")
        .is_some_and(|ps| ps.iter().any(|p| p["id"].as_str() == Some(id)))
}

fn one_of(v: &Value, allowed: &[&str]) -> bool {
    v.as_str().is_some_and(|s| allowed.contains(&s))
}

/// The R4 rules this system holds a resource to. `Err` says what is wrong.
fn check(
    store: &HashMap<String, Vec<Value>>,
    r: &Value,
    ods: &str,
    full_urls: &[&str],
) -> Result<(), String> {
    match r["resourceType"].as_str() {
        Some("QuestionnaireResponse") => {
            if !one_of(&r["status"], QR_STATUS) {
                return Err("QuestionnaireResponse.status is missing or not a QuestionnaireResponseStatus code".into());
            }
            if !patient_known(store, r["subject"]["reference"].as_str()) {
                return Err(
                    "QuestionnaireResponse.subject must reference a Patient known here".into(),
                );
            }
            let items = r["item"]
                .as_array()
                .filter(|i| !i.is_empty())
                .ok_or("QuestionnaireResponse.item is empty")?;
            for item in items {
                if item["linkId"].as_str().is_none_or(str::is_empty) {
                    return Err("every QuestionnaireResponse.item needs a linkId".into());
                }
                for a in item["answer"].as_array().into_iter().flatten() {
                    let values = a
                        .as_object()
                        .map(|o| o.keys().filter(|k| k.starts_with("value")).count())
                        .unwrap_or(0);
                    if values != 1 {
                        return Err(format!(
                            "an answer to {} must have exactly one value[x]",
                            item["linkId"]
                        ));
                    }
                }
            }
            Ok(())
        }
        Some("Task") => {
            if !one_of(&r["status"], TASK_STATUS) {
                return Err("Task.status is missing or not a TaskStatus code".into());
            }
            if !one_of(&r["intent"], TASK_INTENT) {
                return Err("Task.intent is missing or not a TaskIntent code".into());
            }
            if !r["priority"].is_null() && !one_of(&r["priority"], PRIORITY) {
                return Err("Task.priority is not a RequestPriority code".into());
            }
            if !patient_known(store, r["for"]["reference"].as_str()) {
                return Err("Task.for must reference a Patient known here".into());
            }
            let focus = r["focus"]["reference"]
                .as_str()
                .ok_or("Task.focus is required here")?;
            if !full_urls.contains(&focus) && !focus.starts_with("QuestionnaireResponse/") {
                return Err("Task.focus must point at a QuestionnaireResponse".into());
            }
            if r["owner"]["identifier"]["value"].as_str() != Some(ods) {
                return Err(format!("Task.owner must be this practice (ODS code {ods})"));
            }
            Ok(())
        }
        _ => Err("only QuestionnaireResponse and Task can be sent here".into()),
    }
}

/// Replaces `urn:uuid:` references with the ids given in this transaction.
fn resolve(v: &mut Value, ids: &HashMap<String, String>) {
    match v {
        Value::Object(map) => {
            for (k, val) in map.iter_mut() {
                if k == "reference" {
                    if let Some(id) = val.as_str().and_then(|r| ids.get(r)) {
                        *val = json!(id);
                    }
                } else {
                    resolve(val, ids);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|i| resolve(i, ids)),
        _ => {}
    }
}

/// Applies a transaction to the store: all of it, or none (`Err` is status and reason).
pub fn apply(
    store: &mut HashMap<String, Vec<Value>>,
    bundle: &Value,
    ods: &str,
    mut next_id: impl FnMut(&str) -> String,
    now: &str,
) -> Result<Value, (u16, String)> {
    if bundle["resourceType"] != "Bundle" || bundle["type"] != "transaction" {
        return Err((400, "the body must be a transaction Bundle".into()));
    }
    let entries = bundle["entry"]
        .as_array()
        .filter(|e| !e.is_empty())
        .ok_or((400, "the transaction has no entries".to_string()))?;
    let full_urls: Vec<&str> = entries
        .iter()
        .filter_map(|e| e["fullUrl"].as_str())
        .collect();
    for e in entries {
        let url = e["request"]["url"].as_str().unwrap_or_default();
        if e["request"]["method"] != "POST" || e["resource"]["resourceType"].as_str() != Some(url) {
            return Err((
                400,
                "each entry must POST a resource to its own type".into(),
            ));
        }
        check(store, &e["resource"], ods, &full_urls).map_err(|m| (422, m))?;
    }
    // Ids first (existing ones for conditional creates that match), then references.
    let mut ids: HashMap<String, String> = HashMap::new();
    let mut existing: Vec<Option<Value>> = Vec::new();
    for e in entries {
        let rtype = e["request"]["url"].as_str().unwrap_or_default();
        let found = e["request"]["ifNoneExist"].as_str().and_then(|cond| {
            let raw = cond.strip_prefix("identifier=")?;
            let decoded: String =
                serde_urlencoded::from_str::<Vec<(String, String)>>(&format!("x={raw}"))
                    .ok()?
                    .into_iter()
                    .next()?
                    .1;
            let (system, value) = decoded.split_once('|').unwrap_or(("", decoded.as_str()));
            store
                .get(rtype)?
                .iter()
                .find(|r| has_identifier(r, Some(system), value))
                .cloned()
        });
        let id = match &found {
            Some(r) => r["id"].as_str().unwrap_or_default().to_string(),
            None => next_id(rtype),
        };
        if let Some(full) = e["fullUrl"].as_str() {
            ids.insert(full.to_string(), format!("{rtype}/{id}"));
        }
        existing.push(found);
    }
    let mut answers = Vec::new();
    for (e, found) in entries.iter().zip(existing) {
        let rtype = e["request"]["url"].as_str().unwrap_or_default();
        let full = e["fullUrl"].as_str().unwrap_or_default();
        let reference = ids.get(full).cloned().unwrap_or_default();
        match found {
            Some(r) => answers.push(json!({
                "resource": r,
                "response": { "status": "200 OK", "location": format!("{reference}/_history/{}", r["meta"]["versionId"].as_str().unwrap_or("1")) }
            })),
            None => {
                let mut r = e["resource"].clone();
                resolve(&mut r, &ids);
                r["id"] = json!(reference.split('/').nth(1).unwrap_or_default());
                r["meta"] = json!({ "versionId": "1", "lastUpdated": now });
                if rtype == "Task" {
                    r["lastModified"] = json!(now);
                }
                store.entry(rtype.to_string()).or_default().push(r.clone());
                answers.push(json!({
                    "resource": r,
                    "response": { "status": "201 Created", "location": format!("{reference}/_history/1"), "etag": "W/\"1\"" }
                }));
            }
        }
    }
    Ok(json!({ "resourceType": "Bundle", "type": "transaction-response", "entry": answers }))
}

/// Staff change a request's status (and say something to the resident).
pub fn set_status(
    store: &mut HashMap<String, Vec<Value>>,
    id: &str,
    status: &str,
    note: Option<&str>,
    now: &str,
) -> Result<Value, (u16, String)> {
    if !TASK_STATUS.contains(&status) {
        return Err((400, format!("{status} is not a TaskStatus code")));
    }
    let task = store
        .get_mut("Task")
        .and_then(|ts| ts.iter_mut().find(|t| t["id"].as_str() == Some(id)))
        .ok_or((404, "no such Task".to_string()))?;
    task["status"] = json!(status);
    match note.map(str::trim).filter(|n| !n.is_empty()) {
        Some(n) => task["businessStatus"] = json!({ "text": n }),
        None => {
            if let Some(o) = task.as_object_mut() {
                o.remove("businessStatus");
            }
        }
    }
    let v: u64 = task["meta"]["versionId"]
        .as_str()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    task["meta"] = json!({ "versionId": (v + 1).to_string(), "lastUpdated": now });
    task["lastModified"] = json!(now);
    Ok(task.clone())
}
