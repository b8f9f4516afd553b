//! Server functions for the record. Reading only: GET, audited in the service.

use super::RecordAnswer;
use crate::domain::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// One record page for the person being acted for, read live from every provider.
#[server(endpoint = "record", input = GetUrl)]
pub async fn get_record_page(
    page: String,
    older: Option<String>,
) -> Result<RecordAnswer, AppError> {
    use crate::platform::{
        acting::{self, Scope},
        state::AppState,
    };
    let page = super::RecordPage::from_slug(&page).ok_or(AppError::BadRequest)?;
    let state = AppState::from_context()?;
    let session = leptos_axum::extract::<tower_sessions::Session>()
        .await
        .map_err(|_| AppError::Internal)?;
    let scope = match page {
        super::RecordPage::TestResults | super::RecordPage::Letters => Scope::ResultsAndLetters,
        _ => Scope::Record,
    };
    let acting = acting::acting(&state, &session, scope).await?;
    // Where the letters list starts (its "Show older letters" pages).
    let from = older
        .as_deref()
        .and_then(|o| o.trim().parse::<usize>().ok())
        .filter(|o| *o <= 100_000)
        .unwrap_or(0);
    super::service::view(&state, acting, page, from).await
}

/// One letter on its own page, read from its provider for the person acted for.
#[server(endpoint = "record-letter", input = GetUrl)]
pub async fn get_letter(provider: String, id: String) -> Result<super::LetterAnswer, AppError> {
    use crate::platform::acting::{self, Scope};
    let (state, _, acting) = acting::from_request(Scope::ResultsAndLetters).await?;
    super::service::letter(&state, acting, &provider, &id).await
}
