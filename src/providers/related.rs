//! Relationships that GP practices record, read over FHIR: parental
//! responsibility for a child, a lasting power of attorney for health and
//! welfare, a deputy appointed by the Court of Protection. The practice records
//! them after checking documents; the portal reads them (never asks the parent to
//! type them) and keeps `proxy_access` in step with what each practice answers.
//!
//! The search is `RelatedPerson?identifier=<system>|<proxy's NHS number>` with
//! `_include=RelatedPerson:patient`. Only relationship codes with a legal basis
//! grant anything: next of kin and emergency contacts (also `RelatedPerson`s in
//! GP systems) never do. A server that ignores the search parameter cannot grant
//! access to strangers: every answer is checked for the proxy's own NHS number.

use super::{fhir::NHS_NUMBER_SYSTEM, gateway::urlencode, parse_fhir_date, ProviderKind};
use crate::{
    domain::{person, uk_time::uk_local, AccountId, AppError, NhsNumber},
    platform::{
        accounts::{self, AccountRow},
        acting::Role,
        audit::{self, AuditAction},
        proxies::{self, Basis, NewGrant, GRANTABLE},
        state::AppState,
    },
};
use serde_json::Value;
use std::collections::HashMap;

/// The HL7 v3 role codes a relationship is coded with.
pub const ROLE_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";

/// A practice's record that a parent keeps full access after the child's 11th
/// birthday (valueBoolean). Front Door's own extension: GP systems have no
/// standard element for it.
pub const OLDER_CHILD_EXTENSION: &str =
    "https://fhir.frontdoor.example/StructureDefinition/proxy-access-continues-after-11";

/// One relationship as a practice recorded it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recorded {
    pub related_person_id: String,
    pub basis: Basis,
    pub proxy_is: &'static str,
    pub subject_is: &'static str,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub older_child: bool,
    pub nhs_number: String,
    pub full_name: String,
    pub birth_date: String,
}

/// What the sync found: the practices that could not be asked just now.
#[derive(Clone, Debug, Default)]
pub struct Synced {
    pub not_answered: Vec<String>,
}

fn codes(rp: &Value) -> Vec<&str> {
    rp["relationship"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|c| c["coding"].as_array().into_iter().flatten())
        .filter(|c| c["system"].as_str() == Some(ROLE_CODE))
        .filter_map(|c| c["code"].as_str())
        .collect()
}

/// The legal basis and words for a relationship's codes, if it has one. `child`:
/// the patient is under 18 (a guardian of a child has parental responsibility; of
/// an adult, is a deputy).
pub fn basis_of(
    codes: &[&str],
    child: bool,
    gender: Option<&str>,
) -> Option<(Basis, &'static str, &'static str)> {
    let child_words = match gender {
        Some("male") => "son",
        Some("female") => "daughter",
        _ => "child",
    };
    for code in codes {
        let found = match *code {
            "MTH" | "NMTH" | "ADOPTM" | "STPMTH" => {
                Some((Basis::ParentalResponsibility, "mother", child_words))
            }
            "FTH" | "NFTH" | "ADOPTF" | "STPFTH" => {
                Some((Basis::ParentalResponsibility, "father", child_words))
            }
            "PRN" | "NPRN" | "ADOPTP" | "STPPRN" => {
                Some((Basis::ParentalResponsibility, "parent", child_words))
            }
            "GUARD" if child => Some((Basis::ParentalResponsibility, "guardian", child_words)),
            "GUARD" => Some((Basis::CourtDeputy, "deputy", "Court of Protection deputy")),
            "POWATT" | "HPOWATT" | "DPOWATT" => Some((
                Basis::LastingPowerOfAttorney,
                "attorney",
                "lasting power of attorney",
            )),
            _ => None,
        };
        if let Some((basis, proxy_is, subject_is)) = found {
            // Parental responsibility is only for children; an adult's parent acts as attorney or deputy.
            if basis == Basis::ParentalResponsibility && !child {
                continue;
            }
            return Some((basis, proxy_is, subject_is));
        }
    }
    None
}

fn has_nhs_number(v: &Value, nhs_number: &str) -> bool {
    v["identifier"].as_array().into_iter().flatten().any(|i| {
        i["system"].as_str() == Some(NHS_NUMBER_SYSTEM)
            && i["value"].as_str().map(|n| n.replace(' ', "")) == Some(nhs_number.to_string())
    })
}

fn instant_of(date: Option<&str>, end_of_day: bool) -> Option<i64> {
    let d = parse_fhir_date(date?)?;
    let t = d.midnight().assume_utc().unix_timestamp();
    Some(if end_of_day { t + 86_400 } else { t })
}

/// Reads one `RelatedPerson` (with its patient) into a relationship, if it is an
/// active one with a legal basis for this proxy.
pub fn read_one(
    rp: &Value,
    patient: &Value,
    proxy_nhs: &str,
    today: time::Date,
) -> Option<Recorded> {
    if rp["active"].as_bool() == Some(false) || !has_nhs_number(rp, proxy_nhs) {
        return None;
    }
    let nhs = patient["identifier"]
        .as_array()?
        .iter()
        .find(|i| i["system"].as_str() == Some(NHS_NUMBER_SYSTEM))?["value"]
        .as_str()
        .and_then(|n| NhsNumber::parse(n).ok())?;
    if nhs.as_str() == proxy_nhs {
        return None;
    }
    let birth_date = patient["birthDate"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let child = parse_fhir_date(&birth_date)
        .and_then(|b| person::age_in_years(b, today))
        .is_none_or(|age| age < 18);
    let (basis, proxy_is, subject_is) = basis_of(&codes(rp), child, patient["gender"].as_str())?;
    let name = patient["name"].as_array().and_then(|n| {
        n.iter()
            .find(|n| n["use"].as_str() == Some("official"))
            .or(n.first())
    });
    let full_name = name
        .map(|n| {
            let given = n["given"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(" ");
            format!("{given} {}", n["family"].as_str().unwrap_or_default())
                .trim()
                .to_string()
        })
        .filter(|n| !n.is_empty())?;
    let older_child = rp["extension"].as_array().into_iter().flatten().any(|e| {
        e["url"].as_str() == Some(OLDER_CHILD_EXTENSION)
            && e["valueBoolean"].as_bool() == Some(true)
    });
    Some(Recorded {
        related_person_id: rp["id"].as_str()?.to_string(),
        basis,
        proxy_is,
        subject_is,
        starts_at: instant_of(rp["period"]["start"].as_str(), false),
        ends_at: instant_of(rp["period"]["end"].as_str(), true),
        older_child,
        nhs_number: nhs.as_str().to_string(),
        full_name,
        birth_date,
    })
}

/// Asks every GP system which relationships it records for `proxy`, and brings
/// `proxy_access` into step: new ones added, changed ones updated, and those a
/// practice no longer records (or has ended) ended. A practice that does not
/// answer changes nothing.
pub async fn sync_for_proxy(state: &AppState, proxy: &AccountRow) -> Result<Synced, AppError> {
    let mut synced = Synced::default();
    let Some(proxy_nhs) = proxy.proved_nhs_number().map(str::to_string) else {
        return Ok(synced);
    };
    let now = state.clock.now_unix();
    let today = uk_local(now).date();
    let held = proxies::for_proxy(&state.db, proxy.id).await?;
    for (index, provider) in state.gateway.providers.iter().enumerate() {
        if provider.kind != ProviderKind::Gp {
            continue;
        }
        let query = format!(
            "RelatedPerson?identifier={}&_include=RelatedPerson:patient",
            urlencode(&format!("{NHS_NUMBER_SYSTEM}|{proxy_nhs}"))
        );
        let found = match state.gateway.search_at(index, &query).await {
            Ok(found) => found,
            Err(_) => {
                synced.not_answered.push(provider.name.clone());
                continue;
            }
        };
        let mut patients: HashMap<String, Value> = HashMap::new();
        let mut related = Vec::new();
        for r in found.resources {
            match r["resourceType"].as_str() {
                Some("Patient") => {
                    if let Some(id) = r["id"].as_str() {
                        patients.insert(format!("Patient/{id}"), r.clone());
                    }
                }
                Some("RelatedPerson") => related.push(r),
                _ => {}
            }
        }
        let mut kept: Vec<i64> = Vec::new();
        let mut complete = true;
        for rp in &related {
            let Some(reference) = rp["patient"]["reference"].as_str() else {
                continue;
            };
            let patient = match patients.get(reference) {
                Some(p) => p.clone(),
                None => {
                    let id = reference.trim_start_matches("Patient/");
                    match state
                        .gateway
                        .search_at(index, &format!("Patient?_id={}", urlencode(id)))
                        .await
                    {
                        Ok(f) => match f
                            .resources
                            .into_iter()
                            .find(|p| p["resourceType"] == "Patient" && p["id"] == id)
                        {
                            Some(p) => p,
                            None => continue,
                        },
                        Err(_) => {
                            complete = false;
                            continue;
                        }
                    }
                }
            };
            let Some(rec) = read_one(rp, &patient, &proxy_nhs, today) else {
                continue;
            };
            let subject = subject_for(state, &rec, now).await?;
            let grant = NewGrant {
                subject,
                proxy: proxy.id,
                basis: rec.basis,
                proxy_is: rec.proxy_is,
                subject_is: rec.subject_is,
                scopes: &GRANTABLE,
                starts_at: rec.starts_at.unwrap_or(0),
                ends_at: rec.ends_at,
                provider_id: Some(&provider.id),
                provider_ref: Some(&rec.related_person_id),
                practice_allows_older_child: rec.older_child,
            };
            let existing = held.iter().find(|g| {
                g.provider_id.as_deref() == Some(provider.id.as_str())
                    && g.provider_ref.as_deref() == Some(rec.related_person_id.as_str())
                    && g.subject == subject
            });
            match existing {
                Some(g) => {
                    proxies::refresh_from_practice(&state.db, g.id, &grant, now).await?;
                    kept.push(g.id);
                }
                None => {
                    let id = proxies::insert(&state.db, &grant, now).await?;
                    audit::record_as(
                        &state.db,
                        now,
                        None,
                        Some(subject),
                        Some(Role::of(rec.basis).as_str()),
                        AuditAction::ProxyAccessFromPractice,
                        rec.basis.as_str(),
                    )
                    .await?;
                    kept.push(id);
                }
            }
        }
        if !complete {
            synced.not_answered.push(provider.name.clone());
            continue;
        }
        for g in held.iter().filter(|g| {
            g.provider_id.as_deref() == Some(provider.id.as_str()) && !kept.contains(&g.id)
        }) {
            if proxies::end(&state.db, g.id, None, now).await? {
                audit::record_as(
                    &state.db,
                    now,
                    None,
                    Some(g.subject),
                    Some(Role::of(g.basis).as_str()),
                    AuditAction::ProxyAccessEnded,
                    "practice",
                )
                .await?;
            }
        }
    }
    Ok(synced)
}

/// Who is acting for the patient, as a reference for what is sent to `provider_id`:
/// the practice's own `RelatedPerson` when it recorded the relationship, else a
/// logical reference (type RelatedPerson, the actor's NHS number, name and
/// relationship). None when the actor acts for themselves, or helps them at a
/// help point.
pub async fn proxy_reference(
    state: &AppState,
    acting: crate::platform::acting::Acting,
    provider_id: &str,
) -> Result<Option<super::fhir::write::Reference>, AppError> {
    use super::fhir::write::{Identifier, Reference};
    use crate::platform::acting::Role;
    // A helper at a help point acts beside the patient, who asked for it: the
    // request is the patient's own.
    if !acting.role.is_proxy() || acting.role == Role::Helper {
        return Ok(None);
    }
    let (actor, subject) = (acting.actor, acting.subject);
    let Some(row) = accounts::by_id(&state.db, actor).await? else {
        return Ok(None);
    };
    let grant = proxies::between(&state.db, actor, subject)
        .await?
        .into_iter()
        .rev()
        .find(|g| g.ended_at.is_none());
    let proxy_is = grant
        .as_ref()
        .map(|g| g.proxy_is.as_str())
        .unwrap_or("carer");
    let recorded_here = grant.as_ref().and_then(|g| {
        (g.provider_id.as_deref() == Some(provider_id))
            .then(|| g.provider_ref.clone())
            .flatten()
    });
    Ok(Some(Reference {
        reference: recorded_here.map(|id| format!("RelatedPerson/{id}")),
        kind: Some("RelatedPerson".into()),
        identifier: row.proved_nhs_number().map(|n| Identifier {
            system: NHS_NUMBER_SYSTEM.into(),
            value: n.to_string(),
        }),
        display: Some(format!(
            "{} ({proxy_is}, acting for the patient)",
            row.full_name
        )),
    }))
}

/// The account for the person a relationship is about: theirs if they have one
/// with this proved NHS number, else a new one that cannot sign in.
async fn subject_for(state: &AppState, rec: &Recorded, now: i64) -> Result<AccountId, AppError> {
    match accounts::by_proved_nhs_number(&state.db, &rec.nhs_number).await? {
        Some(row) => {
            accounts::refresh_known_person(&state.db, row.id, &rec.full_name, &rec.birth_date)
                .await?;
            Ok(row.id)
        }
        None => Ok(accounts::insert_known_person(
            &state.db,
            &rec.full_name,
            &rec.birth_date,
            &rec.nhs_number,
            now,
        )
        .await?),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use time::macros::date;

    fn rp(code: &str, proxy: &str) -> Value {
        json!({
            "resourceType": "RelatedPerson", "id": "rp-1", "active": true,
            "patient": { "reference": "Patient/p-1" },
            "identifier": [{ "system": NHS_NUMBER_SYSTEM, "value": proxy }],
            "relationship": [{ "coding": [{ "system": ROLE_CODE, "code": code }] }],
            "period": { "start": "2017-03-01" }
        })
    }

    fn patient(born: &str) -> Value {
        json!({
            "resourceType": "Patient", "id": "p-1", "gender": "male", "birthDate": born,
            "identifier": [{ "system": NHS_NUMBER_SYSTEM, "value": "9990000034" }],
            "name": [{ "use": "official", "family": "Thompson", "given": ["Ben"] }]
        })
    }

    #[test]
    fn a_recorded_mother_of_a_child_has_parental_responsibility() {
        let r = read_one(
            &rp("MTH", "9990000018"),
            &patient("2017-02-01"),
            "9990000018",
            date!(2026 - 12 - 01),
        )
        .unwrap();
        assert_eq!(r.basis, Basis::ParentalResponsibility);
        assert_eq!((r.proxy_is, r.subject_is), ("mother", "son"));
        assert_eq!(r.full_name, "Ben Thompson");
        assert_eq!(r.nhs_number, "9990000034");
        assert!(r.ends_at.is_none());
    }

    #[test]
    fn next_of_kin_and_other_people_grant_nothing() {
        let today = date!(2026 - 12 - 01);
        for code in ["SPS", "FRND", "NOK", "ECON", "DAU"] {
            assert!(
                read_one(
                    &rp(code, "9990000018"),
                    &patient("2017-02-01"),
                    "9990000018",
                    today
                )
                .is_none(),
                "{code}"
            );
        }
        // A parent of an adult has no parental responsibility.
        assert!(read_one(
            &rp("MTH", "9990000018"),
            &patient("1990-02-01"),
            "9990000018",
            today
        )
        .is_none());
        // An attorney or deputy for an adult is read as one.
        let lpa = read_one(
            &rp("HPOWATT", "9990000018"),
            &patient("1938-02-01"),
            "9990000018",
            today,
        )
        .unwrap();
        assert_eq!(lpa.basis, Basis::LastingPowerOfAttorney);
        let deputy = read_one(
            &rp("GUARD", "9990000018"),
            &patient("1938-02-01"),
            "9990000018",
            today,
        )
        .unwrap();
        assert_eq!(deputy.basis, Basis::CourtDeputy);
    }

    #[test]
    fn an_answer_for_someone_else_or_inactive_grants_nothing() {
        let today = date!(2026 - 12 - 01);
        assert!(read_one(
            &rp("MTH", "9990000026"),
            &patient("2017-02-01"),
            "9990000018",
            today
        )
        .is_none());
        let mut inactive = rp("MTH", "9990000018");
        inactive["active"] = json!(false);
        assert!(read_one(&inactive, &patient("2017-02-01"), "9990000018", today).is_none());
    }
}
