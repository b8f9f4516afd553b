//! The rules of online requests: start or continue a draft, ask the next question,
//! keep every answer, stop at a red flag (recorded), show the outcome, send the
//! request to the GP practice exactly once, and follow its status there.

use super::{
    content::{Answers, Content, Kind, Outcome, Person, Step},
    practices::Practice,
    store::{self, Request, SendState},
    AnswerRow, CannotSend, ChoiceView, Disposition, OutcomeView, PracticeStatus, QuestionPage,
    RequestList, RequestStage, RequestSummary, RequestView, StartView, TriageSettings,
};
use crate::{
    domain::{
        t, t_key, t_with,
        uk_time::{people_time, uk_local, uk_wall_clock},
        AppError, FormState,
    },
    platform::{
        accounts::{self, AccountRow},
        acting::{self, Acting},
        attempts::Ledger,
        audit::AuditAction,
        ids::{new_key, readable_reference},
        openings::{self, Opening},
        state::AppState,
    },
    providers::{
        client::Written,
        fhir::{
            instant,
            write::{
                to_json, AnswerValue, Coding, Concept, EntryResource, Identifier,
                QuestionnaireResponse, Reference, ResponseItem, Task, TaskInput, Transaction,
            },
            NHS_NUMBER_SYSTEM, ODS_SYSTEM,
        },
        gateway::{urlencode, valid_id, Failure},
        links::{self, patient_at, registration_at, Registration},
        ProviderConfig, ProviderKind,
    },
};
use serde_json::Value;
use time::Date;

mod list;
mod questions;
mod send;
mod view;

pub use list::{discard, list};
pub use questions::{answer, begin, question, start, QuestionOr};
use questions::{answer_rows, outcome_view};
use send::open_booking;
pub use send::{send, NotSent};
pub use view::view;

/// The identifier system for Front Door request references, sent on the Task and
/// the QuestionnaireResponse.
pub const REQUEST_SYSTEM: &str = "https://frontdoor.example.nhs.uk/Id/online-request";
/// The canonical URL of the questions (the content version is appended).
pub const QUESTIONNAIRE: &str =
    "https://frontdoor.example.nhs.uk/fhir/Questionnaire/online-consultation";
pub const ANSWER_SYSTEM: &str =
    "https://frontdoor.example.nhs.uk/fhir/CodeSystem/online-consultation-answer";
pub const DISPOSITION_SYSTEM: &str =
    "https://frontdoor.example.nhs.uk/fhir/CodeSystem/triage-disposition";
pub const REQUEST_TYPE_SYSTEM: &str =
    "https://frontdoor.example.nhs.uk/fhir/CodeSystem/request-type";
/// Drafts older than this are not offered to continue.
const DRAFT_DAYS: i64 = 30;

fn content(state: &AppState) -> &Content {
    &state.settings::<TriageSettings>().content
}

async fn account(state: &AppState, acting: Acting) -> Result<AccountRow, AppError> {
    accounts::by_id(&state.db, acting.subject)
        .await?
        .ok_or(AppError::NotSignedIn)
}

/// What the rules know about the person. An age that cannot be worked out (a
/// date of birth missing, unreadable or still to come) is never guessed: every
/// question, outcome and send stops and asks for the date of birth instead.
fn person(state: &AppState, account: &AccountRow) -> Result<Person, AppError> {
    Date::parse(
        &account.date_of_birth,
        &time::format_description::well_known::Iso8601::DATE,
    )
    .ok()
    .and_then(|born| Person::born(born, uk_local(state.clock.now_unix()).date()))
    .ok_or(AppError::DateOfBirthNeeded)
}

/// The subject's request with this key, their account and what the rules know
/// about them; none when there is no such request of theirs.
async fn request_for(
    state: &AppState,
    acting: Acting,
    key: &str,
) -> Result<Option<(Request, AccountRow, Person)>, AppError> {
    let Some(r) = store::get(&state.db, key, acting.subject).await? else {
        return Ok(None);
    };
    let account = account(state, acting).await?;
    let p = person(state, &account)?;
    Ok(Some((r, account, p)))
}

/// The resident's GP practice that takes online requests: the one their record was
/// found at, or the first configured.
async fn practice_of<'a>(
    state: &'a AppState,
    account: &AccountRow,
) -> Result<Option<(usize, &'a ProviderConfig, &'a Practice)>, AppError> {
    let links = links::links(&state.db, account.id).await?;
    let candidates: Vec<(usize, &ProviderConfig, &Practice)> = state
        .gateway
        .providers
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == ProviderKind::Gp)
        .filter_map(|(i, p)| {
            state
                .settings::<TriageSettings>()
                .online_requests
                .practice(&p.id)
                .map(|pr| (i, p, pr))
        })
        .collect();
    Ok(candidates
        .iter()
        .find(|(_, p, _)| links.iter().any(|(id, _)| *id == p.id))
        .or(candidates.first())
        .copied())
}

/// Whether a request could be sent for this person now, before any question is
/// asked: their practice takes online requests and has their registration, and
/// their NHS number is proved. `None` when it can (or the practice could not be
/// asked just now: sending tries again and says so if it fails). `found` is the
/// caller's `practice_of` for this account.
async fn cannot_send(
    state: &AppState,
    account: &AccountRow,
    found: Option<(usize, &ProviderConfig, &Practice)>,
) -> Result<Option<CannotSend>, AppError> {
    let Some((index, provider, practice)) = found else {
        return Ok(Some(cannot_send_words("no-practice", None, None)));
    };
    let code = match registration_at(state, account, index).await? {
        Registration::Known(_) | Registration::CouldNotAsk => return Ok(None),
        Registration::NoProvedNumber => "no-nhs-number",
        Registration::NotRegistered => "not-registered",
    };
    Ok(Some(cannot_send_words(
        code,
        Some(&provider.name),
        practice.phone.as_deref(),
    )))
}

/// What to tell someone whose requests cannot be sent, and what they can do.
fn cannot_send_words(code: &str, practice: Option<&str>, phone: Option<&str>) -> CannotSend {
    let name = practice
        .map(str::to_string)
        .unwrap_or_else(|| t("say-triage-your-gp-surgery"));
    let phone = phone.map(|n| (name.clone(), n.to_string()));
    match code {
        "no-nhs-number" => CannotSend {
            reason: t_with(
                "say-triage-cannot-send-no-nhs-number",
                [("name", name.clone().into())],
            ),
            fix: Some((
                "/account/identity".into(),
                t("say-triage-prove-who-you-are-with"),
            )),
            phone,
        },
        "not-registered" => CannotSend {
            reason: t_with(
                "say-triage-cannot-send-not-registered",
                [("name", name.into())],
            ),
            fix: None,
            phone,
        },
        _ => CannotSend {
            reason: t("say-triage-we-cannot-send-online-requests"),
            fix: None,
            phone: None,
        },
    }
}

async fn practice_status(
    state: &AppState,
    provider: &ProviderConfig,
    practice: &Practice,
    disposition: Option<Disposition>,
) -> Result<PracticeStatus, AppError> {
    let now = state.clock.now_unix();
    let today = uk_local(now).date();
    let midnight = uk_wall_clock(today, 0, 0).unix_timestamp();
    let sent_today = store::sent_since(&state.db, &provider.id, midnight).await?;
    Ok(state.settings::<TriageSettings>().online_requests.status(
        practice,
        &provider.name,
        disposition,
        now,
        sent_today,
    ))
}

fn answers_of(r: &Request) -> Answers {
    serde_json::from_str(&r.answers).unwrap_or_default()
}

/// Where a request should go next, as a portal address.
fn next_path(c: &Content, p: Person, r: &Request, from_check: bool) -> String {
    let key = &r.key;
    match r.state {
        SendState::Draft => match c.step(p, &answers_of(r)) {
            Step::Ask(q) if from_check => format!("/triage/{key}/q/{q}?from=check"),
            Step::Ask(q) => format!("/triage/{key}/q/{q}"),
            Step::Stop(_) => format!("/triage/{key}/outcome"),
            Step::Check => format!("/triage/{key}/check"),
        },
        _ => format!("/triage/{key}/sent"),
    }
}

async fn reload(state: &AppState, key: &str, acting: Acting) -> Result<Request, AppError> {
    store::get(&state.db, key, acting.subject)
        .await?
        .ok_or(AppError::Internal)
}

/// `system|value` of a request's reference, URL-encoded for a search or `ifNoneExist`.
fn reference_token(reference: &str) -> String {
    urlencode(&format!("{REQUEST_SYSTEM}|{reference}"))
}

/// Whether a Task carries this request's reference.
fn names_request(task: &Value, reference: &str) -> bool {
    task["identifier"].as_array().is_some_and(|ids| {
        ids.iter()
            .any(|i| i["system"] == REQUEST_SYSTEM && i["value"] == reference)
    })
}

/// The Task's id from a transaction-response.
fn task_id_from(body: &Value) -> Option<String> {
    body["entry"].as_array()?.iter().find_map(|e| {
        let location = e["response"]["location"].as_str()?;
        let mut parts = location.split('/');
        (parts.next()? == "Task")
            .then(|| parts.next().map(str::to_string))
            .flatten()
            .filter(|id| valid_id(id))
    })
}

/// Asks the practice whether a request whose answer was lost arrived (by its
/// reference), and records what it says. If it cannot say, it stays unknown.
async fn settle(state: &AppState, acting: Acting, r: Request) -> Result<Request, AppError> {
    let Some(index) = r
        .provider_id
        .as_deref()
        .and_then(|p| state.gateway.index_of(p))
    else {
        return Ok(r);
    };
    let query = format!("Task?identifier={}", reference_token(&r.reference));
    let now = state.clock.now_unix();
    match state.gateway.search_at(index, &query).await {
        Err(_) => Ok(r),
        Ok(found) => {
            let task = found
                .resources
                .iter()
                .find(|t| t["resourceType"] == "Task" && names_request(t, &r.reference));
            match task
                .and_then(|t| t["id"].as_str())
                .filter(|id| valid_id(id))
            {
                Some(id) => {
                    store::finish(&state.db, &r.key, SendState::Sent, Some(id), None, now).await?;
                    open_booking(state, &reload(state, &r.key, acting).await?).await?;
                    acting::audit(
                        state,
                        acting,
                        AuditAction::TriageSent,
                        "confirmed by lookup",
                    )
                    .await?;
                }
                None => {
                    store::finish(
                        &state.db,
                        &r.key,
                        SendState::Draft,
                        None,
                        Some("refused"),
                        now,
                    )
                    .await?;
                    acting::audit(
                        state,
                        acting,
                        AuditAction::TriageNotSent,
                        "not found by lookup",
                    )
                    .await?;
                }
            }
            reload(state, &r.key, acting).await
        }
    }
}

/// One line describing the request, for the practice's list and the resident's.
fn summary(c: &Content, p: Person, answers: &Answers) -> String {
    let eff = c.effective(p, answers);
    let words = |q: &str| {
        let question = c.question(q)?;
        let v = eff.get(q)?;
        c.answer_words(question, v).into_iter().next()
    };
    match (words("reason"), words("symptom")) {
        (Some(r), Some(s)) => format!("{r}: {s}"),
        (Some(r), None) => r,
        _ => "Online request".into(),
    }
}

/// The requests a helper sent for the resident between two times, for the summary
/// the resident keeps at the end of an assisted session
/// (`platform::assisted::WhatWasDone`).
pub fn done_with_help(
    state: AppState,
    helper: crate::domain::AccountId,
    subject: crate::domain::AccountId,
    from: i64,
    until: i64,
) -> futures::future::BoxFuture<'static, Result<Vec<String>, AppError>> {
    Box::pin(async move {
        let requests =
            store::in_states(&state.db, subject, &[SendState::Sent, SendState::Unknown]).await?;
        let mut done: Vec<&Request> = requests
            .iter()
            .filter(|r| {
                r.actor_account_id == helper
                    && (from..=until).contains(&r.sent_at.unwrap_or(r.updated_at))
            })
            .collect();
        done.sort_by_key(|r| r.sent_at.unwrap_or(r.updated_at));
        Ok(done
            .into_iter()
            .map(|r| {
                let to = r
                    .provider_id
                    .as_deref()
                    .and_then(|id| state.gateway.providers.iter().find(|p| p.id == id))
                    .map(|p| p.name.clone())
                    .unwrap_or_else(|| t("say-triage-the-gp-surgery"));
                let key = if r.state == SendState::Sent {
                    t_key("say-triage-request-sent-to")
                } else {
                    t_key("say-triage-request-being-sent-to")
                };
                t_with(
                    key,
                    [("to", to.into()), ("reference", r.reference.clone().into())],
                )
            })
            .collect())
    })
}
