//! The rules of appointments: read them from every provider, search free slots
//! for a need across the providers that offer it, book exactly once (idempotency
//! key, outcome stored before anyone is told, unknown outcomes looked up at the
//! provider), cancel with a reason, and change a time by booking the new one
//! before cancelling the old.

use super::{
    catalogue::{Catalogue, Need, Offer, Online},
    store::{self, Attempt, BookState},
    AppointmentList, AppointmentView, AttemptState, AttemptView, Checking, ChosenSlot, DayTimes,
    ListAnswer, NeedView, OtherRoute, PlaceTimes, SlotChoice, SlotsPage, CANCEL_REASONS,
};
use crate::{
    domain::{
        person::long_date,
        sources::NoRecord,
        t_key, t_with,
        uk_time::{clock_time, day_with_weekday, people_time, uk_local, uk_wall_clock},
        AppError, Choice, FormState, Language,
    },
    platform::{
        accounts::AccountRow,
        acting::{self, audited_subject, Acting},
        audit::AuditAction,
        ids::{new_key, readable_reference, valid_key},
        openings::{self, Opening},
        state::AppState,
    },
    providers::{
        client::Written,
        fanout::{gather, none_found},
        fhir::{
            self, delivery_channel, instant, parse_instant, resource_from_value,
            security::Audience,
            write::{self, to_json, Coding, Concept, Identifier},
            Resource,
        },
        gateway::{urlencode, valid_id, Failure, Reading, Section},
        links::patient_at,
        ProviderConfig,
    },
};
use serde_json::Value;
use std::{collections::BTreeMap, time::Duration};
use time::Date;

mod booking;
mod cancel;
mod list;
mod slots;

use booking::settle_open_attempts;
pub use booking::{attempt, choose, confirm};
use cancel::cancel_opened;
pub use cancel::{cancel, Cancelled};
pub use list::list;
use slots::{after_triage, clinic, free_slot};
pub use slots::{slots, window_start};

/// The identifier system for Front Door booking references, sent with every booking.
pub const REFERENCE_SYSTEM: &str = "https://frontdoor.example.nhs.uk/Id/booking-reference";
/// How many days of free times one page shows.
pub const WINDOW_DAYS: i64 = 14;
/// How far ahead residents may look.
pub const MAX_DAYS_AHEAD: i64 = 56;
const CANCELLATION_REASON_SYSTEM: &str =
    "http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason";

fn how(channel: Option<&str>) -> Option<String> {
    match channel? {
        "In-person" => Some("In person".into()),
        "Telephone" => Some("Phone call".into()),
        "Video" => Some("Video call".into()),
        other => Some(other.to_string()),
    }
}

fn words(c: &fhir::CodeableConcept) -> Option<String> {
    c.text
        .clone()
        .or_else(|| c.coding.iter().find_map(|k| k.display.clone()))
        .filter(|t| !t.trim().is_empty())
}

/// A need as the page shows it, in the request's language where the ICS gave words for it.
fn need_view(n: &Need) -> NeedView {
    let language = Language::current();
    NeedView {
        id: n.id.clone(),
        label: n.label_in(language).to_string(),
        hint: n.hint_in(language).map(str::to_string),
    }
}

/// Whether a resource's service types include an offer's type.
fn offers_type(offer: &Offer, types: &[fhir::CodeableConcept]) -> bool {
    types.iter().flat_map(|t| &t.coding).any(|c| {
        c.system.as_deref() == Some(offer.service_type.system.as_str())
            && c.code.as_deref() == Some(offer.service_type.code.as_str())
    })
}

/// The need (with an online-bookable offer at this provider) an appointment's type belongs to.
fn change_need(
    state: &AppState,
    provider_id: &str,
    types: &[fhir::CodeableConcept],
) -> Option<String> {
    state.settings::<Catalogue>().needs.iter().find_map(|n| {
        n.offers
            .iter()
            .any(|o| o.provider == provider_id && o.online == Online::Book && offers_type(o, types))
            .then(|| n.id.clone())
    })
}

/// An appointment as a resident reads it; `None` when it cannot be read.
pub fn appointment_view(
    state: &AppState,
    provider: &ProviderConfig,
    a: &fhir::Appointment,
    now: i64,
) -> Option<AppointmentView> {
    let id = a.id.clone().filter(|id| valid_id(id))?;
    let start = a.start.as_deref().and_then(parse_instant)?;
    let end = a.end.as_deref().and_then(parse_instant);
    let what = a
        .service_type
        .iter()
        .find_map(words)
        .or_else(|| a.description.clone())
        .unwrap_or_else(|| "Appointment".into());
    let actor_of = |kind: &str, prefix: &str| {
        a.participant.iter().find_map(|p| {
            let actor = p.actor.as_ref()?;
            let is_kind = actor
                .reference
                .as_deref()
                .is_some_and(|r| r.starts_with(prefix))
                || p.r#type.iter().filter_map(words).any(|t| t == kind);
            is_kind.then(|| actor.display.clone()).flatten()
        })
    };
    let status_code = a.status.as_deref().unwrap_or("unknown");
    let status = match status_code {
        "booked" | "pending" | "proposed" | "arrived" | "checked-in" => "Booked",
        "cancelled" => "Cancelled",
        "fulfilled" => "Attended",
        "noshow" => "Missed",
        "waitlist" => "On the waiting list",
        _ => "Not known",
    };
    Some(AppointmentView {
        provider_id: provider.id.clone(),
        id,
        source: provider.name.clone(),
        what,
        day: day_with_weekday(start),
        time: clock_time(start),
        minutes: end.map(|e| (e - start) / 60).filter(|m| *m > 0),
        place: actor_of("location", "Location/"),
        with: actor_of("practitioner", "Practitioner"),
        how: how(delivery_channel(&a.extension)),
        prepare: a.patient_instruction.clone(),
        status: status.to_string(),
        upcoming: start > now && status == "Booked",
        change_need: change_need(state, &provider.id, &a.service_type),
        reference: a
            .identifier
            .iter()
            .find(|i| i.system.as_deref() == Some(REFERENCE_SYSTEM))
            .and_then(|i| i.value.clone()),
        start,
    })
}

/// Why an appointment could not be opened.
#[derive(Debug, PartialEq, Eq)]
pub enum NotOpened {
    /// The provider could not be asked just now.
    Unavailable,
    /// There is no such appointment for this resident (or it is someone else's).
    NotYours,
}

/// An appointment read from its provider: the resource as sent (for an update),
/// its version, and the resident's view of it.
pub struct Opened {
    pub index: usize,
    pub raw: Value,
    pub etag: Option<String>,
    pub view: AppointmentView,
}

/// Reads one appointment and checks it is the resident's own: it must name the
/// provider's patient id for this resident as a participant.
pub async fn open(
    state: &AppState,
    account: &AccountRow,
    provider_id: &str,
    id: &str,
) -> Result<Result<Opened, NotOpened>, AppError> {
    let Some(index) = state.gateway.index_of(provider_id) else {
        return Ok(Err(NotOpened::NotYours));
    };
    if !valid_id(id) {
        return Ok(Err(NotOpened::NotYours));
    }
    let Some(patient_id) = patient_at(state, account, index).await? else {
        return Ok(Err(NotOpened::NotYours));
    };
    let provider = &state.gateway.providers[index];
    let budget = Duration::from_millis(provider.budget_ms);
    let url = format!("{}/Appointment/{id}", provider.base_url);
    let read = state
        .gateway
        .guarded(index, budget, async {
            match state.gateway.client().get_with_etag(provider, &url).await {
                Ok(x) => Ok(Some(x)),
                Err(crate::providers::client::FetchError::Status(404 | 410)) => Ok(None),
                Err(e) => Err(Failure::from(e)),
            }
        })
        .await;
    let (raw, etag) = match read {
        Ok(Some(x)) => x,
        Ok(None) => return Ok(Err(NotOpened::NotYours)),
        Err(_) => return Ok(Err(NotOpened::Unavailable)),
    };
    let Ok(a) = resource_from_value::<fhir::Appointment>(raw.clone()) else {
        return Ok(Err(NotOpened::Unavailable));
    };
    let wanted = format!("Patient/{patient_id}");
    let mine = a
        .participant
        .iter()
        .any(|p| p.actor.as_ref().and_then(|r| r.reference.as_deref()) == Some(wanted.as_str()));
    if !mine || a.id.as_deref() != Some(id) {
        return Ok(Err(NotOpened::NotYours));
    }
    let now = state.clock.now_unix();
    match appointment_view(state, provider, &a, now) {
        Some(mut view) => {
            if view.reference.is_none() {
                view.reference = store::references(&state.db, account.id)
                    .await?
                    .into_iter()
                    .find(|(p, ap, _)| p == provider_id && ap == id)
                    .map(|(_, _, r)| r);
            }
            Ok(Ok(Opened {
                index,
                raw,
                etag,
                view,
            }))
        }
        None => Ok(Err(NotOpened::Unavailable)),
    }
}

/// One appointment for its page. Audited, including a refusal.
pub async fn one(
    state: &AppState,
    acting: Acting,
    provider_id: &str,
    id: &str,
    action: AuditAction,
) -> Result<Result<AppointmentView, NotOpened>, AppError> {
    let account = audited_subject(state, acting, action, "appointment").await?;
    let opened = open(state, &account, provider_id, id).await?;
    if let Err(NotOpened::NotYours) = &opened {
        refused(state, acting).await?;
    }
    Ok(opened.map(|o| o.view))
}

async fn refused(state: &AppState, acting: Acting) -> Result<(), AppError> {
    acting::audit(
        state,
        acting,
        AuditAction::AppointmentRefused,
        "not the resident's appointment",
    )
    .await
}

pub fn needs(state: &AppState) -> Vec<NeedView> {
    state
        .settings::<Catalogue>()
        .needs
        .iter()
        .map(need_view)
        .collect()
}

/// What a helper booked for the resident between two times, for the summary the
/// resident keeps at the end of an assisted session (`platform::assisted::WhatWasDone`).
pub fn done_with_help(
    state: AppState,
    helper: crate::domain::AccountId,
    subject: crate::domain::AccountId,
    from: i64,
    until: i64,
) -> futures::future::BoxFuture<'static, Result<Vec<String>, AppError>> {
    Box::pin(async move {
        let attempts = store::in_states(
            &state.db,
            subject,
            &[BookState::Booked, BookState::Unknown, BookState::Sending],
        )
        .await?;
        let mut done: Vec<&Attempt> = attempts
            .iter()
            .filter(|a| a.actor_account_id == helper && (from..=until).contains(&a.updated_at))
            .collect();
        done.sort_by_key(|a| a.updated_at);
        Ok(done
            .into_iter()
            .filter_map(|a| {
                let chosen: ChosenSlot = serde_json::from_str(&a.details).ok()?;
                let key = if a.state == BookState::Booked {
                    t_key("say-appt-booked-today")
                } else {
                    t_key("say-appt-asked-for-today")
                };
                let place = chosen.place.unwrap_or(chosen.source);
                Some(t_with(
                    key,
                    [
                        ("what", chosen.need_label.into()),
                        ("day", chosen.day.into()),
                        ("time", chosen.time.into()),
                        ("place", place.into()),
                        ("reference", a.reference.clone().into()),
                    ],
                ))
            })
            .collect())
    })
}
