//! Cancelling an appointment with a reason (re-read and retried once on 412).

use crate::domain::t;

use super::*;

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
    let Some((_, words, _)) = CANCEL_REASONS.iter().find(|(code, _, _)| *code == reason) else {
        let mut form = FormState::default();
        form.error("reason", t("say-appt-select-why-you-are-cancelling"));
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

pub(super) async fn cancel_opened(
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
