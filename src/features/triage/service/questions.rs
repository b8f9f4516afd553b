//! Starting a request, asking the next question, keeping every answer, and
//! stopping at a red flag (recorded).

use super::*;
use crate::domain::{Choice, Language};

/// The start page: whether the practice takes requests, and any unfinished one.
pub async fn start(state: &AppState, acting: Acting) -> Result<StartView, AppError> {
    let account = account(state, acting).await?;
    let found = practice_of(state, &account).await?;
    let practice = match found {
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
    let for_someone = (acting.actor != acting.subject).then(|| account.full_name.clone());
    let age_known = person(state, &account).is_ok();
    // Without an age no question is asked, so there is nothing to check yet.
    let cannot_send = match age_known {
        true => cannot_send(state, &account, found).await?,
        false => None,
    };
    Ok(StartView {
        practice,
        draft,
        age_known,
        cannot_send,
        for_someone,
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
    let Some((r, _, p)) = request_for(state, acting, key).await? else {
        return Ok(QuestionOr::NotFound);
    };
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
    // The question in the page's language, whole (or whole in English).
    let q = &c.question_in(Language::current(), q);
    let choice = |ch: &crate::features::triage::content::Choice| ChoiceView {
        value: ch.value.clone(),
        label: ch.label.clone(),
        hint: ch.hint.clone(),
        easy: ch.easy.clone(),
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
        easy: q.easy.as_ref().map(|e| (e.text.clone(), e.hint.clone())),
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
    let Some((r, _, p)) = request_for(state, acting, key).await? else {
        return Err(AppError::BadRequest);
    };
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

pub(super) async fn record_red_flags(
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

pub(super) fn outcome_view(c: &Content, o: &Outcome) -> OutcomeView {
    let (w, advice, pharmacy_first) = c.outcome_words_in(Language::current(), o);
    OutcomeView {
        disposition: o.disposition,
        title: w.title,
        body: w.body,
        safety_net: w.safety_net,
        advice,
        pharmacy_first,
        card: o.card.clone(),
    }
}

pub(super) fn answer_rows(c: &Content, p: Person, answers: &Answers) -> Vec<AnswerRow> {
    let eff = c.effective(p, answers);
    let language = Language::current();
    c.shown(p, answers)
        .into_iter()
        .filter_map(|q| {
            let values = eff.get(&q.id)?;
            let q = c.question_in(language, q);
            Some(AnswerRow {
                question_id: q.id.clone(),
                question: q.text.clone(),
                answer: c.answer_words(&q, values),
            })
        })
        .collect()
}
