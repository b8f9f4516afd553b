//! GP online-services linkage: the account id and linkage key a GP practice
//! hands a resident (with the practice's ODS code) so they can link to their
//! GP record. The simulator's GP system checks them at
//! `POST /{slug}/Patient/$verify-linkage-key` (a simulator operation named for
//! what it does; real GP systems do this through their own interfaces) with a
//! FHIR `Parameters` of `odsCode`, `accountId` and `linkageKey`, answering the
//! matching `Patient` or 404. `GET /_admin/linkage` lists every resident's
//! details, for demos and tests.

use super::{
    data::{Kind, Person, PROVIDERS},
    fhir, outcome, Sim,
};
use axum::{
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use rand::{rngs::StdRng, Rng, SeedableRng};
use serde::Serialize;
use serde_json::{json, Value};

#[derive(Clone, Debug, Serialize)]
pub struct Linkage {
    pub ods_code: String,
    pub account_id: String,
    pub linkage_key: String,
    pub nhs_number: String,
    pub name: String,
}

/// The linkage details of everyone registered with a GP system, the same for a seed.
pub fn linkages(seed: u64, people: &[Person]) -> Vec<Linkage> {
    let mut out = Vec::new();
    for (i, provider) in PROVIDERS.iter().enumerate() {
        if provider.kind != Kind::Gp {
            continue;
        }
        for p in people.iter().filter(|p| p.known_to.contains(&i)) {
            let mut rng =
                StdRng::seed_from_u64(seed.wrapping_mul(7919).wrapping_add(p.index as u64));
            let key: String = (0..12)
                .map(|_| {
                    const CHARS: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
                    CHARS[rng.gen_range(0..CHARS.len())] as char
                })
                .collect();
            out.push(Linkage {
                ods_code: provider.ods.to_string(),
                account_id: format!("{}", 4_000_000 + p.index * 37),
                linkage_key: key,
                nhs_number: p.nhs_number.clone(),
                name: format!("{} {}", p.given, p.family),
            });
        }
    }
    out
}

fn param<'a>(body: &'a Value, name: &str) -> Option<&'a str> {
    body["parameter"]
        .as_array()?
        .iter()
        .find(|p| p["name"] == name)?
        .get("valueString")?
        .as_str()
}

pub(super) async fn verify(
    State(sim): State<Sim>,
    Path(slug): Path<String>,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> Response {
    let (p, _) = match super::admit(&sim, &slug, &headers).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    if p.kind != Kind::Gp {
        return outcome(StatusCode::NOT_FOUND, "not-supported", "Not a GP system");
    }
    let norm = |s: Option<&str>| {
        s.unwrap_or_default()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_uppercase()
    };
    let (ods, account, key) = (
        norm(param(&body, "odsCode")),
        norm(param(&body, "accountId")),
        norm(param(&body, "linkageKey")),
    );
    let Some(found) = sim.linkage.iter().find(|l| {
        l.ods_code == p.ods && ods == l.ods_code && account == l.account_id && key == l.linkage_key
    }) else {
        return outcome(
            StatusCode::NOT_FOUND,
            "not-found",
            "No patient has these linkage details",
        );
    };
    let hosted = &sim.providers[p.slug];
    let patient = hosted.store().get("Patient").and_then(|list| {
        list.iter()
            .find(|r| {
                r["identifier"]
                    .as_array()
                    .is_some_and(|ids| ids.iter().any(|i| i["value"] == found.nhs_number.as_str()))
            })
            .cloned()
    });
    match patient {
        Some(patient) => fhir(
            StatusCode::OK,
            &json!({
                "resourceType": "Parameters",
                "parameter": [{ "name": "patient", "resource": patient }]
            }),
        ),
        None => outcome(StatusCode::NOT_FOUND, "not-found", "No such patient"),
    }
}

pub(super) async fn list(State(sim): State<Sim>) -> impl IntoResponse {
    Json(sim.linkage.as_ref().clone())
}
