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
    // Where the letters list starts (its "Show older letters" pages); for results
    // and visits, the key of the place an earlier page kept.
    let from = older
        .as_deref()
        .and_then(|o| o.trim().parse::<usize>().ok())
        .filter(|o| *o <= 100_000)
        .unwrap_or(0);
    super::service::view(&state, &session, acting, page, from, older.as_deref()).await
}

/// One test's history (its own page), found from one of its results at a provider.
#[server(endpoint = "record-test", input = GetUrl)]
pub async fn get_test(provider: String, id: String) -> Result<super::TestAnswer, AppError> {
    use crate::platform::acting::{self, Scope};
    let (state, _, acting) = acting::from_request(Scope::ResultsAndLetters).await?;
    super::trend::history(&state, acting, &provider, &id).await
}

/// One letter on its own page, read from its provider for the person acted for.
#[server(endpoint = "record-letter", input = GetUrl)]
pub async fn get_letter(provider: String, id: String) -> Result<super::LetterAnswer, AppError> {
    use crate::platform::acting::{self, Scope};
    let (state, _, acting) = acting::from_request(Scope::ResultsAndLetters).await?;
    super::service::letter(&state, acting, &provider, &id).await
}

/// The download page: whether the file is being prepared or ready.
#[server(endpoint = "record-download", input = GetUrl)]
pub async fn get_download() -> Result<super::DownloadAnswer, AppError> {
    let (state, acting) = everything().await?;
    super::download::answer(&state, acting).await
}

/// Starts preparing the download in the background, then back to its page.
#[server(endpoint = "record-download/prepare")]
pub async fn prepare_download() -> Result<(), AppError> {
    let (state, acting) = everything().await?;
    super::download::prepare(&state, acting).await?;
    leptos_axum::redirect("/record/download");
    Ok(())
}

/// The download holds every part of the record: results and letters too.
#[cfg(feature = "ssr")]
async fn everything() -> Result<
    (
        crate::platform::state::AppState,
        crate::platform::acting::Acting,
    ),
    AppError,
> {
    use crate::platform::{
        acting::{self, Scope},
        state::AppState,
    };
    let state = AppState::from_context()?;
    let session = leptos_axum::extract::<tower_sessions::Session>()
        .await
        .map_err(|_| AppError::Internal)?;
    let acting =
        acting::acting_for_all(&state, &session, &[Scope::Record, Scope::ResultsAndLetters])
            .await?;
    Ok((state, acting))
}
