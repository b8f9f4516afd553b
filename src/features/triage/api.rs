//! Server functions for online requests. Thin: parse, call the service, answer or
//! redirect. Every form works as a plain HTML post (post/redirect/get); answers
//! and errors travel through the session or the database, never the URL.

use super::{QuestionPage, RequestList, RequestView, StartView};
use crate::domain::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A question page, or where to go instead.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuestionAnswer {
    Page(Box<QuestionPage>),
    Go(String),
    NotFound,
}

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::{
        features::triage::service,
        platform::{
            acting::{self, Acting, Scope},
            session,
            state::AppState,
        },
    };
    pub use tower_sessions::Session;

    pub async fn acting() -> Result<(AppState, Session, Acting), crate::domain::error::AppError> {
        acting::from_request(Scope::Triage).await
    }

    pub use crate::platform::ids::valid_key;
}

#[server(endpoint = "triage-start", input = GetUrl)]
pub async fn get_triage_start() -> Result<StartView, AppError> {
    use ssr::*;
    let (state, _, acting) = acting().await?;
    service::start(&state, acting).await
}

/// Starts a new request (an unfinished one is given up).
#[server(endpoint = "start-triage")]
pub async fn start_triage() -> Result<(), AppError> {
    use ssr::*;
    let (state, _, acting) = acting().await?;
    let key = service::begin(&state, acting).await?;
    leptos_axum::redirect(&format!("/triage/{key}"));
    Ok(())
}

#[server(endpoint = "triage-question", input = GetUrl)]
pub async fn get_triage_question(
    key: String,
    question: String,
    from: Option<String>,
) -> Result<QuestionAnswer, AppError> {
    use ssr::*;
    if !valid_key(&key) {
        return Ok(QuestionAnswer::NotFound);
    }
    let (state, _, acting) = acting().await?;
    let from_check = from.as_deref() == Some("check");
    Ok(
        match service::question(&state, acting, &key, &question, from_check).await? {
            service::QuestionOr::Page(p) => QuestionAnswer::Page(p),
            service::QuestionOr::Go(path) => QuestionAnswer::Go(path),
            service::QuestionOr::NotFound => QuestionAnswer::NotFound,
        },
    )
}

/// One answer. Radios and text send `answer`; checkboxes send `picked[value]=yes`.
#[server(endpoint = "answer-triage")]
pub async fn answer_triage(
    key: String,
    question: String,
    from: Option<String>,
    answer: Option<String>,
    picked: Option<BTreeMap<String, String>>,
) -> Result<(), AppError> {
    use ssr::*;
    if !valid_key(&key) {
        return Err(AppError::BadRequest);
    }
    let (state, session, acting) = acting().await?;
    let from_check = from.as_deref() == Some("check");
    let mut raw: Vec<String> = answer.into_iter().collect();
    raw.extend(picked.unwrap_or_default().into_keys());
    match service::answer(&state, acting, &key, &question, raw, from_check).await? {
        Ok(next) => leptos_axum::redirect(&next),
        Err(form) => {
            let id = session::keep_form(&session, "triage", form).await?;
            let from = if from_check { "&from=check" } else { "" };
            // Question ids are lower-case letters, digits and hyphens (checked when loaded).
            let question: String = question
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            leptos_axum::redirect(&format!("/triage/{key}/q/{question}?form={id}{from}"));
        }
    }
    Ok(())
}

#[server(endpoint = "triage-request", input = GetUrl)]
pub async fn get_triage_request(key: String) -> Result<Option<RequestView>, AppError> {
    use ssr::*;
    if !valid_key(&key) {
        return Ok(None);
    }
    let (state, _, acting) = acting().await?;
    service::view(&state, acting, &key).await
}

/// Sends the request to the GP practice. Safe to submit twice.
#[server(endpoint = "send-triage")]
pub async fn send_triage(key: String) -> Result<(), AppError> {
    use ssr::*;
    if !valid_key(&key) {
        return Err(AppError::BadRequest);
    }
    let (state, _, acting) = acting().await?;
    match service::send(&state, acting, &key).await? {
        Ok(()) => leptos_axum::redirect(&format!("/triage/{key}/sent")),
        Err(service::NotSent::NotReady(path)) => leptos_axum::redirect(&path),
        Err(service::NotSent::Kept) => leptos_axum::redirect(&format!("/triage/{key}/outcome")),
    }
    Ok(())
}

/// Gives up an unfinished request.
#[server(endpoint = "discard-triage")]
pub async fn discard_triage(key: String) -> Result<(), AppError> {
    use ssr::*;
    if !valid_key(&key) {
        return Err(AppError::BadRequest);
    }
    let (state, _, acting) = acting().await?;
    service::discard(&state, acting, &key).await?;
    leptos_axum::redirect("/triage");
    Ok(())
}

#[server(endpoint = "triage-requests", input = GetUrl)]
pub async fn get_triage_requests() -> Result<RequestList, AppError> {
    use ssr::*;
    let (state, _, acting) = acting().await?;
    service::list(&state, acting).await
}
