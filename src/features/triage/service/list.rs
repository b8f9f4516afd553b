//! Requests the resident has sent, with their status read live from the practice.

use crate::domain::t;

use super::*;

pub(super) fn status_words(status: &str) -> String {
    match status {
        "draft" | "requested" => t("status-sent-to-your-surgery"),
        "received" => t("status-received-by-your-surgery"),
        "accepted" => t("status-accepted"),
        "ready" | "in-progress" | "on-hold" => t("status-being-dealt-with"),
        "completed" => t("status-completed"),
        "cancelled" => t("status-closed"),
        "rejected" => t("status-not-accepted"),
        "failed" => t("status-could-not-be-completed"),
        _ => t("status-sent-to-your-surgery"),
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
                    t("status-checking-with-your-surgery")
                }
                (Some(t), _) => status_words(t["status"].as_str().unwrap_or_default()).to_string(),
                (None, _) => t("status-sent-to-your-surgery"),
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
