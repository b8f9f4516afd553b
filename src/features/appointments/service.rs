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
        uk_time::{clock_time, day_with_weekday, people_time, uk_local, uk_wall_clock},
        AppError, FormState,
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
            write::{self, to_json, Coding, Concept, Identifier},
            Resource,
        },
        gateway::{urlencode, valid_id, Failure, Section},
        links::patient_at,
        ProviderConfig,
    },
};
use serde_json::Value;
use std::{collections::BTreeMap, time::Duration};
use time::Date;

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

fn need_view(n: &Need) -> NeedView {
    NeedView {
        id: n.id.clone(),
        label: n.label.clone(),
        hint: n.hint.clone(),
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

/// Every appointment the resident has, at every provider. Audited.
pub async fn list(state: &AppState, acting: Acting) -> Result<ListAnswer, AppError> {
    let now = state.clock.now_unix();
    let account = audited_subject(
        state,
        acting,
        AuditAction::AppointmentsViewed,
        "appointments",
    )
    .await?;
    let Some(nhs_number) = account.nhs_number.clone() else {
        return Ok(ListAnswer::Nothing(NoRecord::NoNhsNumber));
    };
    let checking = settle_open_attempts(state, acting, &account).await?;
    let gathered = gather(
        state,
        &account,
        &nhs_number,
        &[Section::Appointments],
        |provider, _, found| {
            let mut unreadable = found.unreadable;
            let mut mine: Vec<AppointmentView> = Vec::new();
            for value in found.resources {
                match resource_from_value::<fhir::Appointment>(value) {
                    Ok(a) => match appointment_view(state, provider, &a, now) {
                        Some(v) => mine.push(v),
                        None => unreadable += 1,
                    },
                    Err(_) => unreadable += 1,
                }
            }
            (mine, unreadable)
        },
    )
    .await?;
    let mut all: Vec<AppointmentView> = Vec::new();
    let mut providers = Vec::new();
    for from in gathered {
        for part in from.parts {
            if from.from_copy {
                // A copy is as it was then: nothing in it has happened since.
                all.extend(part.into_iter().map(|mut v| {
                    v.upcoming = v.upcoming && v.start > now;
                    v
                }));
            } else {
                all.extend(part);
            }
        }
        providers.push(from.status);
    }
    if none_found(&providers) {
        return Ok(ListAnswer::Nothing(NoRecord::NotFound { providers }));
    }
    let references = store::references(&state.db, account.id).await?;
    for v in &mut all {
        if v.reference.is_none() {
            v.reference = references
                .iter()
                .find(|(p, a, _)| *p == v.provider_id && *a == v.id)
                .map(|(_, _, r)| r.clone());
        }
    }
    // Cancelled appointments go with the past ones, whenever they were for.
    let (mut upcoming, mut past): (Vec<_>, Vec<_>) = all.into_iter().partition(|v| v.upcoming);
    upcoming.sort_by_key(|v| v.start);
    past.sort_by_key(|v| std::cmp::Reverse(v.start));
    Ok(ListAnswer::List(Box::new(AppointmentList {
        upcoming,
        past,
        checking,
        providers,
        generated_at: people_time(now),
    })))
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

/// A free slot with the details of its clinic.
struct FreeSlot {
    provider: usize,
    slot_id: String,
    start: i64,
    end: Option<i64>,
    place: String,
    with: Option<String>,
    how: Option<String>,
    prepare: Option<String>,
    what: String,
}

/// The clinic details a schedule gives its slots.
struct Clinic {
    place: Option<String>,
    with: Option<String>,
    prepare: Option<String>,
}

fn clinic(s: &fhir::Schedule) -> Clinic {
    let place = s
        .actor
        .iter()
        .find(|a| {
            a.reference
                .as_deref()
                .is_some_and(|r| r.starts_with("Location/"))
        })
        .and_then(|a| a.display.clone());
    let with = s
        .actor
        .iter()
        .find(|a| {
            !a.reference
                .as_deref()
                .is_some_and(|r| r.starts_with("Location/"))
        })
        .and_then(|a| a.display.clone());
    Clinic {
        place,
        with,
        prepare: s.comment.clone(),
    }
}

fn free_slot(
    index: usize,
    provider: &ProviderConfig,
    offer: &Offer,
    slot: &fhir::Slot,
    clinic: Option<&Clinic>,
    now: i64,
) -> Option<FreeSlot> {
    let slot_id = slot.id.clone().filter(|id| valid_id(id))?;
    let start = slot.start.as_deref().and_then(parse_instant)?;
    if start <= now
        || slot.status.as_deref() != Some("free")
        || !offers_type(offer, &slot.service_type)
    {
        return None;
    }
    Some(FreeSlot {
        provider: index,
        slot_id,
        start,
        end: slot.end.as_deref().and_then(parse_instant),
        place: clinic
            .and_then(|c| c.place.clone())
            .unwrap_or_else(|| provider.name.clone()),
        with: clinic.and_then(|c| c.with.clone()),
        how: how(delivery_channel(&slot.extension)),
        prepare: clinic.and_then(|c| c.prepare.clone()),
        what: slot
            .service_type
            .iter()
            .find_map(words)
            .unwrap_or_else(|| "Appointment".into()),
    })
}

/// Free slots for one offer between `from` and `to`, from one provider.
async fn free_slots(
    state: &AppState,
    offer: &Offer,
    from: i64,
    to: i64,
    now: i64,
) -> Result<Vec<FreeSlot>, Failure> {
    let Some(index) = state.gateway.index_of(&offer.provider) else {
        return Err(Failure::Unreachable);
    };
    let provider = &state.gateway.providers[index];
    let query = format!(
        "Slot?status=free&service-type={}&start=ge{}&start=lt{}&_include=Slot:schedule&_count=100",
        urlencode(&format!(
            "{}|{}",
            offer.service_type.system, offer.service_type.code
        )),
        urlencode(&instant(from)),
        urlencode(&instant(to)),
    );
    let found = state.gateway.search_at(index, &query).await?;
    let mut schedules = BTreeMap::new();
    let mut slots = Vec::new();
    for value in found.resources {
        match value.get("resourceType").and_then(Value::as_str) {
            Some(fhir::Schedule::TYPE) => {
                if let Ok(s) = resource_from_value::<fhir::Schedule>(value) {
                    if let Some(id) = s.id.clone() {
                        schedules.insert(format!("Schedule/{id}"), clinic(&s));
                    }
                }
            }
            Some(fhir::Slot::TYPE) => {
                if let Ok(s) = resource_from_value::<fhir::Slot>(value) {
                    slots.push(s);
                }
            }
            _ => {}
        }
    }
    Ok(slots
        .iter()
        .filter_map(|s| {
            let c = s
                .schedule
                .as_ref()
                .and_then(|r| r.reference.as_deref())
                .and_then(|r| schedules.get(r));
            free_slot(index, provider, offer, s, c, now)
        })
        .filter(|s| s.start < to)
        .collect())
}

/// The first day of a fortnight's window: today, or a later date the resident asked for.
pub fn window_start(today: Date, asked: Option<&str>) -> Date {
    let asked = asked.and_then(|s| {
        Date::parse(s, time::macros::format_description!("[year]-[month]-[day]")).ok()
    });
    match asked {
        Some(d) if d > today && d <= today + time::Duration::days(MAX_DAYS_AHEAD) => d,
        _ => today,
    }
}

/// The booking an opening (`triage`: the key of the sent online request that
/// opened it) allows now for this need: never when changing an existing time.
async fn after_triage(
    state: &AppState,
    acting: Acting,
    need_id: &str,
    triage: Option<&str>,
    changing: Option<(&str, &str)>,
) -> Result<Option<Opening>, AppError> {
    let (Some(key), None) = (triage, changing) else {
        return Ok(None);
    };
    if !valid_key(key) {
        return Ok(None);
    }
    let now = state.clock.now_unix();
    Ok(openings::get(&state.db, key, acting.subject)
        .await?
        .filter(|o| o.need_id == need_id && o.is_open(uk_local(now).date(), now)))
}

/// Free times for a need across every provider that offers it, grouped by day and place.
/// When `changing` is given, only its provider's times for its type are shown.
pub async fn slots(
    state: &AppState,
    acting: Acting,
    need_id: &str,
    from: Option<&str>,
    changing: Option<(&str, &str)>,
    triage: Option<&str>,
) -> Result<Option<SlotsPage>, AppError> {
    let Some(need) = state.settings::<Catalogue>().need(need_id) else {
        return Ok(None);
    };
    let account = audited_subject(state, acting, AuditAction::SlotsSearched, "slots").await?;
    let now = state.clock.now_unix();
    let today = uk_local(now).date();
    let window = after_triage(state, acting, need_id, triage, changing).await?;
    // After triage, the times run from now to the end of the outcome's time.
    let (first, last) = match &window {
        Some(w) => (today, w.last_day + time::Duration::days(1)),
        None => {
            let first = window_start(today, from);
            (first, first + time::Duration::days(WINDOW_DAYS))
        }
    };
    let old = match changing {
        Some((provider_id, id)) => match open(state, &account, provider_id, id).await? {
            Ok(o) if o.view.upcoming => Some(o.view),
            _ => return Ok(None),
        },
        None => None,
    };
    let bookable: Vec<&Offer> = need
        .offers
        .iter()
        .filter(|o| match &window {
            Some(w) => o.provider == w.provider_id,
            None => o.online == Online::Book,
        })
        .filter(|o| old.as_ref().is_none_or(|v| v.provider_id == o.provider))
        .collect();
    let after_triage: Vec<OtherRoute> = if bookable.is_empty() {
        need.offers
            .iter()
            .filter_map(|o| {
                let i = state.gateway.index_of(&o.provider)?;
                Some(OtherRoute {
                    provider: state.gateway.providers[i].name.clone(),
                    phone: o.phone.clone(),
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    let start_of = |d: Date| crate::domain::uk_time::uk_wall_clock(d, 0, 0).unix_timestamp();
    let (from_unix, to_unix) = (start_of(first).max(now), start_of(last));
    let results = futures::future::join_all(
        bookable
            .iter()
            .map(|o| free_slots(state, o, from_unix, to_unix, now)),
    )
    .await;
    let mut found = Vec::new();
    let mut not_answering = Vec::new();
    for (offer, result) in bookable.iter().zip(results) {
        match result {
            Ok(s) => found.extend(s),
            Err(_) => {
                let name = state
                    .gateway
                    .index_of(&offer.provider)
                    .map(|i| state.gateway.providers[i].name.clone())
                    .unwrap_or_default();
                if !not_answering.contains(&name) {
                    not_answering.push(name);
                }
            }
        }
    }
    found.sort_by(|a, b| (a.start, &a.place).cmp(&(b.start, &b.place)));
    let mut days: Vec<DayTimes> = Vec::new();
    for s in found {
        let day = day_with_weekday(s.start);
        if days.last().is_none_or(|d| d.day != day) {
            days.push(DayTimes {
                day: day.clone(),
                places: Vec::new(),
            });
        }
        let Some(d) = days.last_mut() else { continue };
        let provider = &state.gateway.providers[s.provider];
        let place = match d
            .places
            .iter_mut()
            .position(|p| p.place == s.place && p.source == provider.name)
        {
            Some(i) => &mut d.places[i],
            None => {
                d.places.push(PlaceTimes {
                    place: s.place.clone(),
                    source: provider.name.clone(),
                    with: s.with.clone(),
                    how: s.how.clone(),
                    minutes: s.end.map(|e| (e - s.start) / 60),
                    times: Vec::new(),
                });
                let n = d.places.len() - 1;
                &mut d.places[n]
            }
        };
        let time = clock_time(s.start);
        place.times.push(SlotChoice {
            value: format!("{}~{}", provider.id, s.slot_id),
            label: format!("{time} at {}", s.place),
            time,
        });
    }
    let iso = |d: Date| d.to_string();
    Ok(Some(SlotsPage {
        need: need_view(need),
        after_triage,
        days,
        from_label: long_date(first),
        to_label: long_date(last - time::Duration::days(1)),
        earlier: (window.is_none() && first > today)
            .then(|| iso((first - time::Duration::days(WINDOW_DAYS)).max(today))),
        later: (window.is_none() && last < today + time::Duration::days(MAX_DAYS_AHEAD))
            .then(|| iso(last)),
        from: iso(first),
        not_answering,
        changing: old,
        triage: window.and(triage.map(str::to_string)),
    }))
}

/// Records the resident's chosen time as a booking attempt (not yet sent), after
/// checking with the provider that it is still free and still to come.
/// `Err` carries the form to show again with its error.
pub async fn choose(
    state: &AppState,
    acting: Acting,
    need_id: &str,
    choice: &str,
    changing: Option<(&str, &str)>,
    triage: Option<&str>,
) -> Result<Result<String, FormState>, AppError> {
    let mut form = FormState::default();
    let problem = |mut form: FormState, message: &str| {
        form.error("slot", message);
        Ok(Err(form))
    };
    let Some(need) = state.settings::<Catalogue>().need(need_id) else {
        return Err(AppError::BadRequest);
    };
    let account = audited_subject(state, acting, AuditAction::SlotChosen, "slot").await?;
    if choice.is_empty() {
        return problem(form, "Select a time for your appointment");
    }
    form.keep("slot", choice);
    let Some((provider_id, slot_id)) = choice.split_once('~') else {
        return problem(form, "Select one of the times shown");
    };
    let window = after_triage(state, acting, need_id, triage, changing)
        .await?
        .filter(|w| w.provider_id == provider_id);
    let (Some(index), Some(offer)) = (
        state.gateway.index_of(provider_id),
        need.offers
            .iter()
            .find(|o| o.provider == provider_id && (o.online == Online::Book || window.is_some())),
    ) else {
        return problem(form, "Select one of the times shown");
    };
    if !valid_id(slot_id) {
        return problem(form, "Select one of the times shown");
    }
    let replaces = match changing {
        Some((p, id)) => match open(state, &account, p, id).await? {
            Ok(o) if o.view.upcoming && o.view.provider_id == provider_id => Some(o.view),
            Ok(_) | Err(NotOpened::NotYours) => {
                refused(state, acting).await?;
                return Err(AppError::Forbidden);
            }
            Err(NotOpened::Unavailable) => {
                return problem(
                    form,
                    "We could not check your appointment just now. Try again in a few minutes",
                );
            }
        },
        None => None,
    };
    let provider = &state.gateway.providers[index];
    let budget = Duration::from_millis(provider.budget_ms);
    let client = state.gateway.client();
    let slot_url = format!("{}/Slot/{slot_id}", provider.base_url);
    let read = state
        .gateway
        .guarded(index, budget, async {
            let (slot, _) = client
                .get_with_etag(provider, &slot_url)
                .await
                .map_err(Failure::from)?;
            let slot = resource_from_value::<fhir::Slot>(slot).map_err(|_| Failure::Unreadable)?;
            let schedule = match slot.schedule.as_ref().and_then(|r| r.reference.as_deref()) {
                Some(r) if r.strip_prefix("Schedule/").is_some_and(valid_id) => {
                    let url = format!("{}/{r}", provider.base_url);
                    client
                        .get_json(provider, &url)
                        .await
                        .ok()
                        .and_then(|v| resource_from_value::<fhir::Schedule>(v).ok())
                }
                _ => None,
            };
            Ok((slot, schedule))
        })
        .await;
    let (slot, schedule) = match read {
        Ok(x) => x,
        Err(Failure::Refused(404 | 410)) => return problem(form, "Select one of the times shown"),
        Err(_) => {
            return problem(
                form,
                &format!(
                "We could not check that time with {} just now. Try again, or choose another time",
                provider.name
            ),
            )
        }
    };
    let now = state.clock.now_unix();
    let c = schedule.as_ref().map(clinic);
    let ends = window
        .as_ref()
        .map(|w| uk_wall_clock(w.last_day + time::Duration::days(1), 0, 0).unix_timestamp());
    let Some(free) = free_slot(index, provider, offer, &slot, c.as_ref(), now)
        .filter(|f| ends.is_none_or(|e| f.start < e))
    else {
        let taken = slot.status.as_deref() != Some("free")
            && slot
                .start
                .as_deref()
                .and_then(parse_instant)
                .is_some_and(|s| s > now);
        return problem(
            form,
            if taken {
                "That time has just been taken. Choose another time"
            } else {
                "Select one of the times shown"
            },
        );
    };
    let chosen = ChosenSlot {
        need_id: need.id.clone(),
        need_label: need.label.clone(),
        what: free.what.clone(),
        source: provider.name.clone(),
        day: day_with_weekday(free.start),
        time: clock_time(free.start),
        minutes: free.end.map(|e| (e - free.start) / 60),
        place: Some(free.place.clone()),
        with: free.with.clone(),
        how: free.how.clone(),
        prepare: free.prepare.clone(),
    };
    let attempt = Attempt {
        key: new_key(),
        reference: readable_reference("FD"),
        account_id: acting.subject,
        actor_account_id: acting.actor,
        need_id: need.id.clone(),
        provider_id: provider.id.clone(),
        slot_id: free.slot_id.clone(),
        slot_start: free.start,
        details: serde_json::to_string(&chosen).unwrap_or_default(),
        replaces_appointment: replaces.map(|v| v.id),
        state: BookState::Chosen,
        appointment_id: None,
        old_cancelled: None,
        created_at: now,
        updated_at: now,
    };
    store::insert(&state.db, &attempt).await?;
    if let (Some(key), Some(_)) = (triage, &window) {
        openings::attach(&state.db, key, acting.subject, &attempt.key).await?;
    }
    Ok(Ok(attempt.key))
}

fn attempt_state(a: &Attempt) -> AttemptState {
    match a.state {
        BookState::Chosen => AttemptState::Chosen,
        BookState::Booked => AttemptState::Booked {
            reference: a.reference.clone(),
            provider_id: a.provider_id.clone(),
            appointment_id: a.appointment_id.clone().unwrap_or_default(),
            old_cancelled: a
                .replaces_appointment
                .as_ref()
                .map(|_| a.old_cancelled == Some(1)),
        },
        BookState::Taken => AttemptState::Taken,
        BookState::Failed => AttemptState::Failed,
        BookState::Sending | BookState::Unknown => AttemptState::Checking,
    }
}

/// A booking attempt for its page (check your answers, confirmation, or still checking).
/// An attempt whose outcome is unknown is looked up at the provider first.
pub async fn attempt(
    state: &AppState,
    acting: Acting,
    key: &str,
) -> Result<Option<AttemptView>, AppError> {
    let account = audited_subject(state, acting, AuditAction::BookingViewed, "booking").await?;
    let Some(mut a) = store::get(&state.db, key, acting.subject).await? else {
        return Ok(None);
    };
    if is_open(state, &a) {
        a = settle(state, acting, a).await?;
    }
    let replaces = match &a.replaces_appointment {
        Some(id) => open(state, &account, &a.provider_id, id)
            .await?
            .ok()
            .map(|o| o.view),
        None => None,
    };
    Ok(Some(AttemptView {
        key: a.key.clone(),
        chosen: serde_json::from_str(&a.details).map_err(|_| AppError::Internal)?,
        state: attempt_state(&a),
        replaces,
    }))
}

/// An attempt whose outcome is not yet known: unknown, or sending for longer than a
/// booking call can take (the app server stopped part-way).
fn is_open(state: &AppState, a: &Attempt) -> bool {
    let stale_after = state
        .gateway
        .index_of(&a.provider_id)
        .map(|i| state.gateway.providers[i].write_budget_ms as i64 / 1000 + 5)
        .unwrap_or(15);
    a.state == BookState::Unknown || store::stalled(a, state.clock.now_unix(), stale_after)
}

/// Looks up every open attempt of this resident; returns those still unknown.
async fn settle_open_attempts(
    state: &AppState,
    acting: Acting,
    account: &AccountRow,
) -> Result<Vec<Checking>, AppError> {
    let mut still = Vec::new();
    for a in store::in_states(
        &state.db,
        account.id,
        &[BookState::Unknown, BookState::Sending],
    )
    .await?
    {
        let a = if is_open(state, &a) {
            settle(state, acting, a).await?
        } else {
            a
        };
        if matches!(a.state, BookState::Unknown | BookState::Sending) {
            let source = state
                .gateway
                .index_of(&a.provider_id)
                .map(|i| state.gateway.providers[i].name.clone())
                .unwrap_or_default();
            still.push(Checking {
                key: a.key.clone(),
                source,
                when: format!(
                    "{} on {}",
                    clock_time(a.slot_start),
                    day_with_weekday(a.slot_start)
                ),
            });
        }
    }
    Ok(still)
}

/// Asks the provider whether a booking with this attempt's reference exists, and
/// records the answer. If it cannot answer, the attempt stays unknown.
async fn settle(state: &AppState, acting: Acting, a: Attempt) -> Result<Attempt, AppError> {
    let Some(index) = state.gateway.index_of(&a.provider_id) else {
        return Ok(a);
    };
    let query = format!(
        "Appointment?identifier={}",
        urlencode(&format!("{REFERENCE_SYSTEM}|{}", a.reference))
    );
    let found = state.gateway.search_at(index, &query).await;
    let now = state.clock.now_unix();
    let booked = match found {
        Err(_) => {
            store::finish(&state.db, &a.key, BookState::Unknown, None, now).await?;
            return reload(state, &a).await;
        }
        Ok(found) => found
            .resources
            .into_iter()
            .filter_map(|v| resource_from_value::<fhir::Appointment>(v).ok())
            .find(|ap| {
                ap.identifier.iter().any(|i| {
                    i.system.as_deref() == Some(REFERENCE_SYSTEM)
                        && i.value.as_deref() == Some(a.reference.as_str())
                })
            }),
    };
    match booked.and_then(|ap| ap.id) {
        Some(id) => {
            store::finish(&state.db, &a.key, BookState::Booked, Some(&id), now).await?;
            acting::audit(
                state,
                acting,
                AuditAction::AppointmentBooked,
                "confirmed by lookup",
            )
            .await?;
            let a = reload(state, &a).await?;
            replace_old(state, acting, a).await
        }
        None => {
            store::finish(&state.db, &a.key, BookState::Failed, None, now).await?;
            acting::audit(
                state,
                acting,
                AuditAction::AppointmentNotBooked,
                "not found by lookup",
            )
            .await?;
            reload(state, &a).await
        }
    }
}

async fn reload(state: &AppState, a: &Attempt) -> Result<Attempt, AppError> {
    store::get(&state.db, &a.key, a.account_id)
        .await?
        .ok_or(AppError::Internal)
}

/// Books the attempt's slot, exactly once however often it is confirmed.
/// Returns the attempt with its outcome, which is stored before this returns.
pub async fn confirm(
    state: &AppState,
    acting: Acting,
    key: &str,
) -> Result<Option<Attempt>, AppError> {
    let account = audited_subject(state, acting, AuditAction::BookingConfirmed, "booking").await?;
    let Some(a) = store::get(&state.db, key, acting.subject).await? else {
        return Ok(None);
    };
    let now = state.clock.now_unix();
    if a.state == BookState::Chosen {
        if a.slot_start <= now {
            store::finish(&state.db, &a.key, BookState::Failed, None, now).await?;
            return Ok(Some(reload(state, &a).await?));
        }
        if store::claim(&state.db, &a.key, now).await? {
            let a = book(state, acting, &account, a).await?;
            return Ok(Some(a));
        }
    }
    // Someone else (a double click, a second tab) is sending it or has: wait for them.
    let waited = wait_for_outcome(state, &a).await?;
    if is_open(state, &waited) {
        return Ok(Some(settle(state, acting, waited).await?));
    }
    Ok(Some(waited))
}

async fn wait_for_outcome(state: &AppState, a: &Attempt) -> Result<Attempt, AppError> {
    let limit = state
        .gateway
        .index_of(&a.provider_id)
        .map(|i| state.gateway.providers[i].write_budget_ms + state.gateway.providers[i].budget_ms)
        .unwrap_or(15_000)
        + 1_000;
    let started = std::time::Instant::now();
    loop {
        let now = reload(state, a).await?;
        if now.state != BookState::Sending || started.elapsed().as_millis() as u64 > limit {
            return Ok(now);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Sends the booking. Its identifier is the attempt's reference and the create is
/// conditional on it, so the provider never holds two bookings for one attempt.
async fn book(
    state: &AppState,
    acting: Acting,
    account: &AccountRow,
    a: Attempt,
) -> Result<Attempt, AppError> {
    let Some(index) = state.gateway.index_of(&a.provider_id) else {
        store::finish(
            &state.db,
            &a.key,
            BookState::Failed,
            None,
            state.clock.now_unix(),
        )
        .await?;
        return reload(state, &a).await;
    };
    let Some(patient_id) = patient_at(state, account, index).await? else {
        store::finish(
            &state.db,
            &a.key,
            BookState::Failed,
            None,
            state.clock.now_unix(),
        )
        .await?;
        acting::audit(
            state,
            acting,
            AuditAction::AppointmentNotBooked,
            "patient not found",
        )
        .await?;
        return reload(state, &a).await;
    };
    let chosen: Option<ChosenSlot> = serde_json::from_str(&a.details).ok();
    let body = to_json(&write::Appointment::booked(
        Identifier {
            system: REFERENCE_SYSTEM.into(),
            value: a.reference.clone(),
        },
        &a.slot_id,
        &patient_id,
        chosen.map(|c| c.need_label).unwrap_or_default(),
    ));
    let condition = format!(
        "identifier={}",
        urlencode(&format!("{REFERENCE_SYSTEM}|{}", a.reference))
    );
    let sent = state
        .gateway
        .write_at(
            index,
            reqwest::Method::POST,
            "Appointment",
            &body,
            &[("if-none-exist", condition)],
        )
        .await;
    let now = state.clock.now_unix();
    match sent {
        Ok(Written {
            status: 200 | 201,
            body,
            ..
        }) => {
            let id = body["id"]
                .as_str()
                .filter(|id| valid_id(id))
                .map(str::to_string);
            match id {
                Some(id) => {
                    store::finish(&state.db, &a.key, BookState::Booked, Some(&id), now).await?;
                    acting::audit(state, acting, AuditAction::AppointmentBooked, "booked").await?;
                    let a = reload(state, &a).await?;
                    replace_old(state, acting, a).await
                }
                // It says it booked but did not say what: find out by the reference.
                None => settle(state, acting, a).await,
            }
        }
        Ok(Written {
            status: 409 | 412, ..
        }) => {
            store::finish(&state.db, &a.key, BookState::Taken, None, now).await?;
            acting::audit(
                state,
                acting,
                AuditAction::AppointmentNotBooked,
                "slot taken",
            )
            .await?;
            reload(state, &a).await
        }
        Ok(_) | Err(Failure::Resting | Failure::Unreachable | Failure::Refused(_)) => {
            store::finish(&state.db, &a.key, BookState::Failed, None, now).await?;
            acting::audit(
                state,
                acting,
                AuditAction::AppointmentNotBooked,
                "provider refused",
            )
            .await?;
            reload(state, &a).await
        }
        // Sent, but no answer: it may have been booked. Ask before saying anything.
        Err(Failure::TimedOut | Failure::Unreadable) => {
            store::finish(&state.db, &a.key, BookState::Unknown, None, now).await?;
            settle(state, acting, reload(state, &a).await?).await
        }
    }
}

/// After a change is booked, cancels the appointment it replaces and records whether it could.
async fn replace_old(state: &AppState, acting: Acting, a: Attempt) -> Result<Attempt, AppError> {
    let Some(old_id) = a.replaces_appointment.clone() else {
        return Ok(a);
    };
    if a.old_cancelled.is_some() {
        return Ok(a);
    }
    let account = crate::platform::accounts::by_id(&state.db, a.account_id)
        .await?
        .ok_or(AppError::Internal)?;
    let outcome = cancel_opened(
        state,
        &account,
        &a.provider_id,
        &old_id,
        "Changed to another time by the patient",
    )
    .await?;
    let done = matches!(outcome, Cancelled::Done | Cancelled::AlreadyCancelled);
    store::set_old_cancelled(&state.db, &a.key, done).await?;
    acting::audit(
        state,
        acting,
        AuditAction::AppointmentChanged,
        if done {
            "old appointment cancelled"
        } else {
            "old appointment kept"
        },
    )
    .await?;
    reload(state, &a).await
}

#[derive(Debug, PartialEq, Eq)]
pub enum Cancelled {
    Done,
    AlreadyCancelled,
    /// It has already happened, or cannot be cancelled online.
    NotCancellable,
    /// The provider could not do it just now: the appointment still stands.
    Failed,
    NotYours,
}

/// Cancels one of the resident's upcoming appointments with a reason. Audited.
pub async fn cancel(
    state: &AppState,
    acting: Acting,
    provider_id: &str,
    id: &str,
    reason: &str,
) -> Result<Result<Cancelled, FormState>, AppError> {
    let account =
        audited_subject(state, acting, AuditAction::CancelRequested, "appointment").await?;
    let Some((_, words)) = CANCEL_REASONS.iter().find(|(code, _)| *code == reason) else {
        let mut form = FormState::default();
        form.error("reason", "Select why you are cancelling this appointment");
        return Ok(Err(form));
    };
    let outcome = cancel_opened(state, &account, provider_id, id, words).await?;
    match outcome {
        Cancelled::Done => {
            acting::audit(
                state,
                acting,
                AuditAction::AppointmentCancelled,
                "cancelled",
            )
            .await?
        }
        Cancelled::NotYours => refused(state, acting).await?,
        _ => {}
    }
    Ok(Ok(outcome))
}

async fn cancel_opened(
    state: &AppState,
    account: &AccountRow,
    provider_id: &str,
    id: &str,
    reason: &str,
) -> Result<Cancelled, AppError> {
    // Two tries: a 412 means someone changed it since it was read, so read it again.
    for _ in 0..2 {
        let opened = match open(state, account, provider_id, id).await? {
            Ok(o) => o,
            Err(NotOpened::NotYours) => return Ok(Cancelled::NotYours),
            Err(NotOpened::Unavailable) => return Ok(Cancelled::Failed),
        };
        if opened.view.status == "Cancelled" {
            return Ok(Cancelled::AlreadyCancelled);
        }
        if !opened.view.upcoming {
            return Ok(Cancelled::NotCancellable);
        }
        let body = write::cancelled(
            opened.raw.clone(),
            Concept {
                coding: vec![Coding {
                    system: CANCELLATION_REASON_SYSTEM.into(),
                    code: "pat-cpp".into(),
                    display: Some("Patient: Canceled via Patient Portal".into()),
                }],
                text: Some(reason.into()),
            },
        );
        let mut headers = Vec::new();
        if let Some(etag) = opened.etag.clone() {
            headers.push(("if-match", etag));
        }
        let path = format!("Appointment/{id}");
        let sent = state
            .gateway
            .write_at(opened.index, reqwest::Method::PUT, &path, &body, &headers)
            .await;
        match sent {
            Ok(Written {
                status: 200 | 201,
                body,
                ..
            }) if body["status"] == "cancelled" => return Ok(Cancelled::Done),
            Ok(Written { status: 412, .. }) => continue,
            // No clear answer: read it again to see whether it was cancelled.
            Ok(Written {
                status: 200 | 201, ..
            })
            | Err(Failure::TimedOut | Failure::Unreadable) => {
                return Ok(match open(state, account, provider_id, id).await? {
                    Ok(o) if o.view.status == "Cancelled" => Cancelled::Done,
                    _ => Cancelled::Failed,
                })
            }
            _ => return Ok(Cancelled::Failed),
        }
    }
    Ok(Cancelled::Failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_starts_today_unless_a_later_date_within_reach_is_asked_for() {
        let today = Date::from_calendar_date(2026, time::Month::November, 22).unwrap();
        assert_eq!(window_start(today, None), today);
        assert_eq!(window_start(today, Some("2026-11-01")), today);
        assert_eq!(window_start(today, Some("nonsense")), today);
        assert_eq!(
            window_start(today, Some("2026-12-06")).to_string(),
            "2026-12-06"
        );
        assert_eq!(window_start(today, Some("2027-06-01")), today);
    }
}
