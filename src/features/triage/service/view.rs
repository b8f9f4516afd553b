//! A request as its pages show it: the outcome, the answers, the practice,
//! the reply-by date and any booking the outcome opens.

use crate::domain::{t, t_key, t_with};

use super::*;

pub(super) fn send_problem_words(problem: &str, practice: &str, phone: Option<&str>) -> String {
    let call = match phone {
        Some(n) => t_with(
            "say-triage-phone-practice-on",
            [
                ("practice", practice.to_string().into()),
                ("phone", n.to_string().into()),
            ],
        ),
        None => t_with(
            "say-triage-contact-practice",
            [("practice", practice.to_string().into())],
        ),
    };
    let key = match problem {
        "closed" => t_key("say-triage-practice-closed"),
        "not-registered" => t_key("say-triage-not-sent-not-registered"),
        "no-nhs-number" => t_key("say-triage-not-sent-no-nhs-number"),
        "no-practice" => return t("say-triage-we-could-not-find-a"),
        _ => t_key("say-triage-not-sent-try-again"),
    };
    t_with(
        key,
        [
            ("practice", practice.to_string().into()),
            ("call", call.into()),
        ],
    )
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
                    card: None,
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
    // Checked again before the outcome is shown, so nobody is offered a send
    // that cannot work, and told what the practice promises if it can.
    let cannot_send = match stage {
        RequestStage::Ready => cannot_send(state, &account, found).await?,
        _ => None,
    };
    let promise = match (&stage, &cannot_send, found, disposition) {
        (RequestStage::Ready, None, Some((_, _, pr)), Some(d)) => state
            .settings::<TriageSettings>()
            .online_requests
            .promise(pr, d, state.clock.now_unix()),
        _ => None,
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
        cannot_send,
        promise,
    }))
}

/// The booking a sent request lets the resident make now: (need id, its label).
pub(super) async fn open_booking_of(
    state: &AppState,
    r: &Request,
) -> Result<Option<(String, String)>, AppError> {
    let now = state.clock.now_unix();
    // A request sent before openings were recorded (or whose opening was not
    // written because the app server stopped just after sending) gets it now:
    // opening is idempotent.
    if r.state == SendState::Sent {
        open_booking(state, r).await?;
    }
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
