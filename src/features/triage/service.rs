//! The rules of online requests: start or continue a draft, ask the next question,
//! keep every answer, stop at a red flag (recorded), show the outcome, send the
//! request to the GP practice exactly once, and follow its status there.

use super::{
    content::{Answers, Content, Kind, Outcome, Person, Step},
    practices::Practice,
    store::{self, Request, SendState},
    AnswerRow, ChoiceView, Disposition, OutcomeView, PracticeStatus, QuestionPage, RequestList,
    RequestStage, RequestSummary, RequestView, StartView, TriageSettings,
};
use crate::{
    domain::{
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
        links::{self, patient_at},
        ProviderConfig, ProviderKind,
    },
};
use serde_json::Value;
use time::Date;

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

/// The start page: whether the practice takes requests, and any unfinished one.
pub async fn start(state: &AppState, acting: Acting) -> Result<StartView, AppError> {
    let account = account(state, acting).await?;
    let practice = match practice_of(state, &account).await? {
        Some((_, provider, practice)) => {
            Some(practice_status(state, provider, practice, None).await?)
        }
        None => None,
    };
    let now = state.clock.now_unix();
    let draft = store::in_states(&state.db, account.id, &[SendState::Draft])
        .await?
        .into_iter()
        .find(|r| r.updated_at > now - DRAFT_DAYS * 86_400)
        .map(|r| (r.key, people_time(r.updated_at)));
    Ok(StartView {
        practice,
        draft,
        age_known: person(state, &account).is_ok(),
    })
}

/// Starts a new request (giving up any unfinished one). Returns its key.
pub async fn begin(state: &AppState, acting: Acting) -> Result<String, AppError> {
    person(state, &account(state, acting).await?)?;
    let now = state.clock.now_unix();
    for old in store::in_states(&state.db, acting.subject, &[SendState::Draft]).await? {
        store::discard(&state.db, &old.key, acting.subject, now).await?;
        acting::audit(state, acting, AuditAction::TriageDiscarded, "started again").await?;
    }
    let r = Request {
        key: new_key(),
        reference: readable_reference("RQ"),
        account_id: acting.subject,
        actor_account_id: acting.actor,
        content_version: content(state).version.clone(),
        answers: "{}".into(),
        state: SendState::Draft,
        disposition: None,
        rules: None,
        provider_id: None,
        task_id: None,
        send_problem: None,
        created_at: now,
        updated_at: now,
        sent_at: None,
    };
    store::insert(&state.db, &r).await?;
    acting::audit(state, acting, AuditAction::TriageStarted, "").await?;
    Ok(r.key)
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

/// What a question page shows, or where to go instead.
pub enum QuestionOr {
    Page(Box<QuestionPage>),
    Go(String),
    NotFound,
}

pub async fn question(
    state: &AppState,
    acting: Acting,
    key: &str,
    id: &str,
    from_check: bool,
) -> Result<QuestionOr, AppError> {
    let Some(r) = store::get(&state.db, key, acting.subject).await? else {
        return Ok(QuestionOr::NotFound);
    };
    let account = account(state, acting).await?;
    let p = person(state, &account)?;
    let c = content(state);
    if r.state != SendState::Draft {
        return Ok(QuestionOr::Go(next_path(c, p, &r, false)));
    }
    let answers = answers_of(&r);
    let shown = c.shown(p, &answers);
    let Some(q) = shown.iter().find(|q| q.id == id) else {
        // Not asked of this person (or no longer): go where they should be.
        return Ok(QuestionOr::Go(next_path(c, p, &r, from_check)));
    };
    // Only questions up to the next one needed can be opened.
    if let Step::Ask(next) = c.step(p, &answers) {
        let at = shown.iter().position(|s| s.id == id);
        let next_at = shown.iter().position(|s| s.id == next);
        if at > next_at {
            return Ok(QuestionOr::Go(format!("/triage/{key}/q/{next}")));
        }
    }
    let eff = c.effective(p, &answers);
    let choice = |ch: &super::content::Choice| ChoiceView {
        value: ch.value.clone(),
        label: ch.label.clone(),
        hint: ch.hint.clone(),
    };
    let back = match c.previous(id, p, &answers) {
        _ if from_check => format!("/triage/{key}/check"),
        Some(prev) => format!("/triage/{key}/q/{prev}"),
        None => "/triage".to_string(),
    };
    Ok(QuestionOr::Page(Box::new(QuestionPage {
        key: key.to_string(),
        id: q.id.clone(),
        kind: match q.kind {
            Kind::Single => "single",
            Kind::Multi => "multi",
            Kind::Text => "text",
        }
        .into(),
        text: q.text.clone(),
        hint: q.hint.clone(),
        choices: q
            .options
            .iter()
            .filter(|o| o.show_if.as_ref().is_none_or(|s| s.holds(p, &eff)))
            .map(choice)
            .collect(),
        none: q.none.as_ref().map(choice),
        max_chars: q.max_chars,
        answer: answers.get(id).cloned().unwrap_or_default(),
        back,
        from_check,
    })))
}

/// Saves one answer and says where to go next. `Err` carries the form to show
/// again: the error and what was entered.
pub async fn answer(
    state: &AppState,
    acting: Acting,
    key: &str,
    id: &str,
    raw: Vec<String>,
    from_check: bool,
) -> Result<Result<String, FormState>, AppError> {
    let Some(r) = store::get(&state.db, key, acting.subject).await? else {
        return Err(AppError::BadRequest);
    };
    let account = account(state, acting).await?;
    let p = person(state, &account)?;
    let c = content(state);
    if r.state != SendState::Draft {
        return Ok(Ok(next_path(c, p, &r, false)));
    }
    let mut answers = answers_of(&r);
    let Some(q) = c.shown(p, &answers).into_iter().find(|q| q.id == id) else {
        return Ok(Ok(next_path(c, p, &r, from_check)));
    };
    match c.parse_answer(q, raw.clone(), p, &answers) {
        Err(message) => {
            let mut form = FormState::default();
            for v in &raw {
                form.keep("answer", v);
            }
            form.error("answer", message);
            Ok(Err(form))
        }
        Ok(values) => {
            let before = c.step(p, &answers);
            answers.insert(id.to_string(), values);
            let now = state.clock.now_unix();
            let text = serde_json::to_string(&answers).map_err(|_| AppError::Internal)?;
            if !store::save_answers(&state.db, key, &text, now).await? {
                // No longer a draft (sent or given up meanwhile).
                let r = reload(state, key, acting).await?;
                return Ok(Ok(next_path(c, p, &r, false)));
            }
            let after = c.step(p, &answers);
            if let Step::Stop(o) = &after {
                if !matches!(&before, Step::Stop(b) if b.rules == o.rules) {
                    record_red_flags(state, acting, key, o).await?;
                }
            }
            let r = Request {
                answers: text,
                updated_at: now,
                ..r
            };
            Ok(Ok(next_path(c, p, &r, from_check)))
        }
    }
}

async fn record_red_flags(
    state: &AppState,
    acting: Acting,
    key: &str,
    o: &Outcome,
) -> Result<(), AppError> {
    let now = state.clock.now_unix();
    for rule in &o.rules {
        store::record_red_flag(
            &state.db,
            key,
            acting.subject,
            acting.actor,
            rule,
            o.disposition.as_str(),
            now,
        )
        .await?;
    }
    acting::audit(
        state,
        acting,
        AuditAction::TriageRedFlag,
        o.disposition.as_str(),
    )
    .await?;
    // Logs carry only how urgent (for monitoring): never the symptom or who it was for.
    tracing::info!(outcome = o.disposition.as_str(), "triage red flag");
    Ok(())
}

fn outcome_view(c: &Content, o: &Outcome) -> OutcomeView {
    let w = c.wording.get(&o.disposition);
    OutcomeView {
        disposition: o.disposition,
        title: w.map(|w| w.title.clone()).unwrap_or_default(),
        body: w.map(|w| w.body.clone()).unwrap_or_default(),
        safety_net: w.map(|w| w.safety_net.clone()).unwrap_or_default(),
        advice: o.advice.clone(),
        pharmacy_first: o.pharmacy_first.clone(),
    }
}

fn answer_rows(c: &Content, p: Person, answers: &Answers) -> Vec<AnswerRow> {
    let eff = c.effective(p, answers);
    c.shown(p, answers)
        .into_iter()
        .filter_map(|q| {
            let values = eff.get(&q.id)?;
            Some(AnswerRow {
                question_id: q.id.clone(),
                question: q.text.clone(),
                answer: c.answer_words(q, values),
            })
        })
        .collect()
}

fn send_problem_words(problem: &str, practice: &str, phone: Option<&str>) -> String {
    let call = phone
        .map(|n| format!("phone {practice} on {n}"))
        .unwrap_or_else(|| format!("contact {practice}"));
    match problem {
        "closed" => format!("{practice} is not taking online requests just now. Your answers are saved."),
        "not-registered" => format!("We could not find your registration at {practice}, so we could not send your request. Please {call}."),
        _ => format!("We could not send your request to {practice} just now. Your answers are saved. Try again in a few minutes, or {call}. If it gets worse, call 111."),
    }
}

/// A request as its pages show it. Reading it is audited.
pub async fn view(
    state: &AppState,
    acting: Acting,
    key: &str,
) -> Result<Option<RequestView>, AppError> {
    let Some(mut r) = store::get(&state.db, key, acting.subject).await? else {
        return Ok(None);
    };
    if Ledger::stalled(r.state, r.updated_at, state.clock.now_unix(), 60) {
        store::finish(
            &state.db,
            key,
            SendState::Unknown,
            None,
            None,
            state.clock.now_unix(),
        )
        .await?;
        r.state = SendState::Unknown;
    }
    if r.state == SendState::Unknown {
        r = settle(state, acting, r).await?;
    }
    let account = account(state, acting).await?;
    let p = person(state, &account)?;
    let c = content(state);
    let answers = answers_of(&r);
    let step = c.step(p, &answers);
    let stage = match r.state {
        SendState::Sent => RequestStage::Sent,
        SendState::Unknown | SendState::Sending => RequestStage::Checking,
        SendState::Discarded => return Ok(None),
        SendState::Draft => match &step {
            Step::Ask(_) => RequestStage::Draft,
            Step::Stop(_) => RequestStage::Stopped,
            Step::Check => RequestStage::Ready,
        },
    };
    let outcome = match (
        &stage,
        r.disposition.as_deref().and_then(Disposition::parse),
    ) {
        (RequestStage::Sent | RequestStage::Checking, Some(d)) => {
            let mut o = c.outcome(p, &answers);
            if o.disposition != d {
                // The content has changed since it was sent: show what was sent.
                o = Outcome {
                    disposition: d,
                    rules: Vec::new(),
                    advice: Vec::new(),
                    pharmacy_first: None,
                    stopped: false,
                };
            }
            Some(outcome_view(c, &o))
        }
        (RequestStage::Stopped, _) | (RequestStage::Ready, _) => {
            Some(outcome_view(c, &c.outcome(p, &answers)))
        }
        _ => None,
    };
    let back = match &step {
        Step::Stop(_) | Step::Check => {
            let shown = c.shown(p, &answers);
            let eff = c.effective(p, &answers);
            // Back from a red flag goes to the question that raised it: the last one answered.
            shown
                .iter()
                .rev()
                .find(|q| eff.contains_key(&q.id))
                .map(|q| format!("/triage/{key}/q/{}", q.id))
                .unwrap_or_else(|| "/triage".into())
        }
        Step::Ask(q) => format!("/triage/{key}/q/{q}"),
    };
    let found = practice_of(state, &account).await?;
    let disposition = outcome.as_ref().map(|o| o.disposition);
    let practice = match found {
        Some((_, provider, pr)) => Some(practice_status(state, provider, pr, disposition).await?),
        None => None,
    };
    let reply_by = match (&stage, found, disposition, r.sent_at) {
        (RequestStage::Sent, Some((_, _, pr)), Some(d), Some(at)) => state
            .settings::<TriageSettings>()
            .online_requests
            .reply_by(pr, d, at),
        _ => None,
    };
    let book = open_booking_of(state, &r).await?;
    let send_problem = r.send_problem.as_deref().map(|problem| {
        let (name, phone) = practice
            .as_ref()
            .map(|p| (p.name.clone(), p.phone.clone()))
            .unwrap_or_else(|| ("your GP surgery".into(), None));
        send_problem_words(problem, &name, phone.as_deref())
    });
    let action = match stage {
        RequestStage::Ready | RequestStage::Stopped => AuditAction::TriageOutcomeShown,
        _ => AuditAction::TriageRequestViewed,
    };
    acting::audit(
        state,
        acting,
        action,
        disposition.map(Disposition::as_str).unwrap_or(""),
    )
    .await?;
    Ok(Some(RequestView {
        key: r.key.clone(),
        stage,
        outcome,
        answers: answer_rows(c, p, &answers),
        back,
        practice,
        reference: matches!(r.state, SendState::Sent | SendState::Unknown)
            .then(|| r.reference.clone()),
        sent_at: r.sent_at.map(people_time),
        reply_by,
        book,
        send_problem,
    }))
}

/// The booking a sent request's outcome opens, if its practice allows one after
/// that outcome: same-day bookings only on the day it was sent, others within the
/// outcome's working days and never after a week. Written once, when the request
/// is sent; appointments reads it (see `platform::openings`).
fn opening_for(state: &AppState, r: &Request) -> Option<Opening> {
    let settings = state.settings::<TriageSettings>();
    let (Some(provider), Some(d), Some(sent_at)) = (
        r.provider_id.as_deref(),
        r.disposition.as_deref().and_then(Disposition::parse),
        r.sent_at,
    ) else {
        return None;
    };
    if r.state != SendState::Sent {
        return None;
    }
    let practice = settings.online_requests.practice(provider)?;
    let need_id = practice.book_after.get(&d)?;
    let days = practice
        .reply_working_days
        .get(&d)
        .map_or(5, |n| u32::try_from(*n).unwrap_or(5));
    // The outcome's time runs from the day the request was sent.
    let sent_day = uk_local(sent_at).date();
    let (last_day, closes_at) = if d == Disposition::GpSameDay {
        (sent_day, None)
    } else {
        (
            settings
                .online_requests
                .working_days_after(practice, sent_day, days),
            Some(sent_at + 7 * 86_400),
        )
    };
    Some(Opening {
        key: r.key.clone(),
        account_id: r.account_id,
        provider_id: provider.to_string(),
        need_id: need_id.clone(),
        last_day,
        closes_at,
        booking_key: None,
        used: false,
    })
}

/// Records the booking a request opens, now that it has been sent.
async fn open_booking(state: &AppState, r: &Request) -> Result<(), AppError> {
    if let Some(o) = opening_for(state, r) {
        openings::open(&state.db, &o, state.clock.now_unix()).await?;
    }
    Ok(())
}

/// The booking a sent request lets the resident make now: (need id, its label).
async fn open_booking_of(
    state: &AppState,
    r: &Request,
) -> Result<Option<(String, String)>, AppError> {
    let now = state.clock.now_unix();
    let Some(o) = openings::get(&state.db, &r.key, r.account_id).await? else {
        return Ok(None);
    };
    let labels = &state.settings::<TriageSettings>().need_labels;
    Ok(o.is_open(uk_local(now).date(), now)
        .then(|| {
            labels
                .get(&o.need_id)
                .map(|l| (o.need_id.clone(), l.clone()))
        })
        .flatten())
}

/// Why a request could not be sent.
#[derive(Debug, PartialEq, Eq)]
pub enum NotSent {
    /// Not every question is answered, or a red flag stops it: go to this address.
    NotReady(String),
    /// Kept as a draft, with this problem recorded (shown on the outcome page).
    Kept,
}

/// Sends the request to the practice, once, however often it is submitted.
pub async fn send(
    state: &AppState,
    acting: Acting,
    key: &str,
) -> Result<Result<(), NotSent>, AppError> {
    let Some(r) = store::get(&state.db, key, acting.subject).await? else {
        return Err(AppError::BadRequest);
    };
    let account = account(state, acting).await?;
    let p = person(state, &account)?;
    let c = content(state);
    if r.state != SendState::Draft {
        return Ok(Ok(()));
    }
    let answers = answers_of(&r);
    if !matches!(c.step(p, &answers), Step::Check) {
        return Ok(Err(NotSent::NotReady(next_path(c, p, &r, false))));
    }
    let o = c.outcome(p, &answers);
    let keep = |problem: &'static str| async move {
        store::finish(
            &state.db,
            key,
            SendState::Draft,
            None,
            Some(problem),
            state.clock.now_unix(),
        )
        .await?;
        acting::audit(state, acting, AuditAction::TriageNotSent, problem).await?;
        Ok::<_, AppError>(Err(NotSent::Kept))
    };
    let Some((index, provider, practice)) = practice_of(state, &account).await? else {
        return keep("no-practice").await;
    };
    if !practice_status(state, provider, practice, Some(o.disposition))
        .await?
        .open
    {
        return keep("closed").await;
    }
    let Some(patient_id) = patient_at(state, &account, index).await? else {
        return keep("not-registered").await;
    };
    let now = state.clock.now_unix();
    if !store::claim(
        &state.db,
        key,
        o.disposition.as_str(),
        &o.rules.join(","),
        &provider.id,
        now,
    )
    .await?
    {
        return Ok(Ok(()));
    }
    let bundle = to_json(&transaction(
        c,
        p,
        &r,
        &answers,
        &o,
        &patient_id,
        &account,
        provider,
    ));
    let sent = state
        .gateway
        .write_at(index, reqwest::Method::POST, "", &bundle, &[])
        .await;
    let now = state.clock.now_unix();
    match sent {
        Ok(Written {
            status: 200, body, ..
        }) => match task_id_from(&body) {
            Some(task) => {
                store::finish(&state.db, key, SendState::Sent, Some(&task), None, now).await?;
                open_booking(state, &reload(state, key, acting).await?).await?;
                acting::audit(
                    state,
                    acting,
                    AuditAction::TriageSent,
                    o.disposition.as_str(),
                )
                .await?;
                Ok(Ok(()))
            }
            None => {
                store::finish(&state.db, key, SendState::Unknown, None, None, now).await?;
                settle(state, acting, reload(state, key, acting).await?).await?;
                Ok(Ok(()))
            }
        },
        Ok(_) | Err(Failure::Resting | Failure::Unreachable | Failure::Refused(_)) => {
            keep("refused").await
        }
        Err(Failure::TimedOut | Failure::Unreadable) => {
            store::finish(&state.db, key, SendState::Unknown, None, None, now).await?;
            let r = settle(state, acting, reload(state, key, acting).await?).await?;
            if r.state == SendState::Draft {
                Ok(Err(NotSent::Kept))
            } else {
                Ok(Ok(()))
            }
        }
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

/// The FHIR transaction: the answers as a QuestionnaireResponse and a Task for the
/// practice that points at it. Both carry the reference, created only if absent.
#[allow(clippy::too_many_arguments)]
fn transaction(
    c: &Content,
    p: Person,
    r: &Request,
    answers: &Answers,
    o: &Outcome,
    patient_id: &str,
    account: &AccountRow,
    provider: &ProviderConfig,
) -> Transaction {
    let eff = c.effective(p, answers);
    let now = instant(r.updated_at.max(r.created_at));
    let items: Vec<ResponseItem> = c
        .shown(p, answers)
        .into_iter()
        .filter_map(|q| {
            let values = eff.get(&q.id)?;
            let answer: Vec<AnswerValue> = match q.kind {
                Kind::Text => values
                    .iter()
                    .map(|v| AnswerValue::ValueString(v.clone()))
                    .collect(),
                Kind::Single | Kind::Multi => values
                    .iter()
                    .zip(c.answer_words(q, values))
                    .map(|(v, label)| {
                        AnswerValue::ValueCoding(Coding {
                            system: ANSWER_SYSTEM.into(),
                            code: format!("{}.{v}", q.id),
                            display: Some(label),
                        })
                    })
                    .collect(),
            };
            Some(ResponseItem {
                link_id: q.id.clone(),
                text: q.text.clone(),
                answer,
            })
        })
        .collect();
    let patient = Reference::to(format!("Patient/{patient_id}"));
    let subject = Reference {
        identifier: account.nhs_number.as_ref().map(|nhs| Identifier {
            system: NHS_NUMBER_SYSTEM.into(),
            value: nhs.clone(),
        }),
        ..patient.clone()
    };
    let identifier = Identifier {
        system: REQUEST_SYSTEM.into(),
        value: r.reference.clone(),
    };
    let qr_url = Transaction::new_full_url();
    let task_url = Transaction::new_full_url();
    let condition = format!("identifier={}", reference_token(&r.reference));
    let priority = match o.disposition {
        Disposition::GpSameDay => "asap",
        Disposition::Gp2Days => "urgent",
        _ => "routine",
    };
    let wording = c
        .wording
        .get(&o.disposition)
        .map(|w| w.title.clone())
        .unwrap_or_default();
    let text = |t: &str| Concept {
        coding: Vec::new(),
        text: Some(t.into()),
    };
    let mut inputs: Vec<TaskInput> = o
        .rules
        .iter()
        .map(|rule| TaskInput {
            kind: text("Triage rule"),
            value_string: rule.clone(),
        })
        .collect();
    inputs.push(TaskInput {
        kind: text("Question set version"),
        value_string: c.version.clone(),
    });
    let response = QuestionnaireResponse::completed(
        identifier.clone(),
        format!("{QUESTIONNAIRE}|{}", c.version),
        subject.clone(),
        now.clone(),
        patient.clone(),
        items,
    );
    let task = Task {
        identifier: vec![identifier],
        priority,
        code: Concept {
            coding: vec![Coding {
                system: REQUEST_TYPE_SYSTEM.into(),
                code: "online-consultation".into(),
                display: Some("Online consultation".into()),
            }],
            text: Some("Online consultation".into()),
        },
        description: summary(c, p, answers),
        focus: Reference::to(qr_url.clone()),
        for_: subject,
        authored_on: now,
        requester: patient,
        owner: Reference {
            kind: Some("Organization".into()),
            identifier: Some(Identifier {
                system: ODS_SYSTEM.into(),
                value: provider.ods_code.clone(),
            }),
            display: Some(provider.name.clone()),
            ..Reference::default()
        },
        reason_code: Concept {
            coding: vec![Coding {
                system: DISPOSITION_SYSTEM.into(),
                code: o.disposition.as_str().into(),
                display: Some(wording),
            }],
            text: None,
        },
        input: inputs,
        ..Task::default()
    };
    Transaction::new(vec![
        Transaction::create(
            qr_url,
            EntryResource::QuestionnaireResponse(Box::new(response)),
            "QuestionnaireResponse",
            condition.clone(),
        ),
        Transaction::create(
            task_url,
            EntryResource::Task(Box::new(task)),
            "Task",
            condition,
        ),
    ])
}

fn status_words(status: &str) -> &'static str {
    match status {
        "draft" | "requested" => "Sent to your surgery",
        "received" => "Received by your surgery",
        "accepted" => "Accepted",
        "ready" | "in-progress" | "on-hold" => "Being dealt with",
        "completed" => "Completed",
        "cancelled" => "Closed",
        "rejected" => "Not accepted",
        "failed" => "Could not be completed",
        _ => "Sent to your surgery",
    }
}

/// Every request this resident has sent, with its status read live from the practice.
pub async fn list(state: &AppState, acting: Acting) -> Result<RequestList, AppError> {
    let account = account(state, acting).await?;
    acting::audit(state, acting, AuditAction::TriageRequestsViewed, "").await?;
    let mut sent = Vec::new();
    for r in store::in_states(
        &state.db,
        account.id,
        &[SendState::Sent, SendState::Unknown, SendState::Sending],
    )
    .await?
    {
        sent.push(if r.state == SendState::Unknown {
            settle(state, acting, r).await?
        } else {
            r
        });
    }
    let sent: Vec<Request> = sent
        .into_iter()
        .filter(|r| r.state != SendState::Draft)
        .collect();
    let found = practice_of(state, &account).await?;
    let mut stale = false;
    let mut tasks: Vec<Value> = Vec::new();
    if let (Some((index, _, _)), false) = (found, sent.is_empty()) {
        match patient_at(state, &account, index).await? {
            Some(patient) => {
                let query = format!("Task?patient=Patient/{patient}&_count=100");
                match state.gateway.search_at(index, &query).await {
                    Ok(f) => tasks = f.resources,
                    Err(_) => stale = true,
                }
            }
            None => stale = true,
        }
    }
    let p = person(state, &account)?;
    let c = content(state);
    let requests = sent
        .iter()
        .map(|r| {
            let task = tasks.iter().find(|t| names_request(t, &r.reference));
            let d = r.disposition.as_deref().and_then(Disposition::parse);
            let status = match (task, r.state) {
                (_, SendState::Unknown | SendState::Sending) => {
                    "Checking with your surgery".to_string()
                }
                (Some(t), _) => status_words(t["status"].as_str().unwrap_or_default()).to_string(),
                (None, _) => "Sent to your surgery".to_string(),
            };
            let practice_note = task.and_then(|t| {
                t["businessStatus"]["text"]
                    .as_str()
                    .map(|s| {
                        s.chars()
                            .filter(|c| !c.is_control())
                            .take(200)
                            .collect::<String>()
                    })
                    .filter(|s| !s.trim().is_empty())
            });
            let reply_by = match (found, d, r.sent_at) {
                (Some((_, _, pr)), Some(d), Some(at)) => state
                    .settings::<TriageSettings>()
                    .online_requests
                    .reply_by(pr, d, at),
                _ => None,
            };
            RequestSummary {
                key: r.key.clone(),
                reference: r.reference.clone(),
                what: summary(c, p, &answers_of(r)),
                sent_at: r
                    .sent_at
                    .map(people_time)
                    .unwrap_or_else(|| people_time(r.updated_at)),
                urgency: d.map(|d| d.urgency_words().to_string()).unwrap_or_default(),
                status,
                practice_note,
                reply_by,
            }
        })
        .collect();
    Ok(RequestList {
        requests,
        stale,
        practice: found.map(|(_, p, _)| p.name.clone()),
    })
}

/// Gives up a draft.
pub async fn discard(state: &AppState, acting: Acting, key: &str) -> Result<(), AppError> {
    store::discard(&state.db, key, acting.subject, state.clock.now_unix()).await?;
    acting::audit(state, acting, AuditAction::TriageDiscarded, "").await
}
