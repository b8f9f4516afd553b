//! Sending a request to the practice exactly once, as one FHIR transaction
//! (QuestionnaireResponse + Task), and the booking its outcome opens.

use super::*;

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
    let Some((r, account, p)) = request_for(state, acting, key).await? else {
        return Err(AppError::BadRequest);
    };
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
    let patient_id = match registration_at(state, &account, index).await? {
        Registration::Known(id) => id,
        Registration::NoProvedNumber => return keep("no-nhs-number").await,
        Registration::NotRegistered => return keep("not-registered").await,
        Registration::CouldNotAsk => return keep("refused").await,
    };
    if !practice_status(state, provider, practice, Some(o.disposition))
        .await?
        .open
    {
        return keep("closed").await;
    }
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
    // Someone acting for the patient is named as who asked, never the patient.
    let requester = crate::providers::related::proxy_reference(state, acting, &provider.id).await?;
    let bundle = to_json(&transaction(
        c,
        p,
        &r,
        &answers,
        &o,
        &patient_id,
        &account,
        provider,
        requester,
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

/// The FHIR transaction: the answers as a QuestionnaireResponse and a Task for the
/// practice that points at it. Both carry the reference, created only if absent.
#[allow(clippy::too_many_arguments)]
pub(super) fn transaction(
    c: &Content,
    p: Person,
    r: &Request,
    answers: &Answers,
    o: &Outcome,
    patient_id: &str,
    account: &AccountRow,
    provider: &ProviderConfig,
    requester: Option<Reference>,
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
        identifier: account.proved_nhs_number().map(|nhs| Identifier {
            system: NHS_NUMBER_SYSTEM.into(),
            value: nhs.to_string(),
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
        requester.clone().unwrap_or_else(|| patient.clone()),
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
        requester: requester.unwrap_or(patient),
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

/// The booking a sent request's outcome opens, if its practice allows one after
/// that outcome: same-day bookings only on the day it was sent, others within the
/// outcome's working days and never after a week. Written once, when the request
/// is sent; appointments reads it (see `platform::openings`).
pub(super) fn opening_for(state: &AppState, r: &Request) -> Option<Opening> {
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
pub(super) async fn open_booking(state: &AppState, r: &Request) -> Result<(), AppError> {
    if let Some(o) = opening_for(state, r) {
        openings::open(&state.db, &o, state.clock.now_unix()).await?;
    }
    Ok(())
}
