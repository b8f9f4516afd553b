//! Answers kept after a failed form post, so a page can show them again with
//! its errors (post/redirect/get without JavaScript). The server function is
//! declared in both builds; only its body runs on the server.

use crate::domain::{AppError, FormState};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_router::hooks::use_query_map;

/// The answers and errors kept for `form`, read from the `form` id in the URL.
pub fn kept_form(form: &'static str) -> Resource<FormState> {
    let query = use_query_map();
    Resource::new(
        move || query.with(|q| (q.get("form"), q.get("__err").is_some())),
        move |(id, server_error)| async move {
            let mut state = match id {
                Some(id) => kept_form_state(form.to_string(), id)
                    .await
                    .ok()
                    .flatten()
                    .unwrap_or_default(),
                None => FormState::default(),
            };
            if server_error && !state.has_errors() {
                state.error("", AppError::Internal.to_string());
            }
            state
        },
    )
}

/// The answers and errors kept for a form after a failed post.
#[server(endpoint = "form-state", input = GetUrl)]
pub async fn kept_form_state(form: String, id: String) -> Result<Option<FormState>, AppError> {
    use crate::platform::session;
    let session = leptos_axum::extract::<tower_sessions::Session>()
        .await
        .map_err(|_| AppError::Internal)?;
    let kept = session::kept_form(&session, &form, &id).await?;
    // Only a page rendered on the server takes the form's status (429 when
    // throttled); a call from the browser app must answer 200 to be read.
    let rendering_page = use_context::<axum::http::request::Parts>()
        .is_some_and(|p| !p.uri.path().starts_with("/api/"));
    if let (true, Some(status), Some(res)) = (
        rendering_page,
        kept.as_ref().and_then(|k| k.status),
        use_context::<leptos_axum::ResponseOptions>(),
    ) {
        if let Ok(code) = axum::http::StatusCode::from_u16(status) {
            res.set_status(code);
        }
    }
    Ok(kept)
}
