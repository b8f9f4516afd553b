//! `GET /record/download`: the resident's data from every provider as one FHIR R4
//! Bundle (type collection), each resource tagged with the organisation it came
//! from. Served as a file to save, never rendered. Results still inside their
//! release delay are left out, as on the pages. Audited.

use crate::{
    domain::AppError,
    platform::{
        acting::{self, Scope},
        audit::AuditAction,
        state::AppState,
    },
    providers::{
        fhir::{
            security::{visibility, Audience},
            NHS_NUMBER_SYSTEM, ODS_SYSTEM,
        },
        gateway::{Answer, Section},
        links::ask_providers,
    },
};
use axum::{
    extract::State,
    http::{header, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use serde_json::{json, Value};
use tower_sessions::Session;

pub async fn download(State(state): State<AppState>, session: Session) -> Response {
    match bundle(&state, &session).await {
        Ok(body) => {
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
                body.to_string(),
            )
                .into_response()
        }
        Err(AppError::NotSignedIn) => Redirect::to("/sign-in").into_response(),
        // No NHS number: the record page explains what to do.
        Err(AppError::BadRequest) => Redirect::to("/record").into_response(),
        Err(e) => (
            StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            e.to_string(),
        )
            .into_response(),
    }
}

async fn bundle(state: &AppState, session: &Session) -> Result<Value, AppError> {
    // The download holds every part of the record: results and letters too.
    let acting =
        acting::acting_for_all(state, session, &[Scope::Record, Scope::ResultsAndLetters]).await?;
    let now = state.clock.now_unix();
    let account =
        acting::audited_subject(state, acting, AuditAction::RecordDownloaded, "fhir-bundle")
            .await?;
    let nhs_number = account
        .proved_nhs_number()
        .map(str::to_string)
        .ok_or(AppError::BadRequest)?;
    let answers = ask_providers(state, &account, &nhs_number, &Section::ALL).await?;
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
                for (_, found) in sections {
                    for mut resource in found.resources {
                        if is_held(&resource, release, today) || !audience.may_see(visibility(&resource)) {
                            continue;
                        }
                        tag(&mut resource, &provider.ods_code, &provider.name);
                        entries.push(json!({ "resource": resource }));
                    }
                }
            }
            Answer::Failed(_) => missing.push(json!({
                "severity": "warning",
                "code": "incomplete",
                "diagnostics": format!("Information from {} could not be included: it did not answer", provider.name),
            })),
            Answer::NotKnown | Answer::NotMatched => {}
        }
    }
    if !missing.is_empty() {
        entries
            .push(json!({ "resource": { "resourceType": "OperationOutcome", "issue": missing } }));
    }
    let stamp = time::OffsetDateTime::from_unix_timestamp(now)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        });
    Ok(json!({
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": stamp,
        "entry": entries,
    }))
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
