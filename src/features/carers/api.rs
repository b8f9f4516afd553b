//! Server functions for carers and parents. Thin: parse, call the service, answer
//! or redirect. Every form works as a plain HTML post (post/redirect/get).

use super::{
    BannerView, ChooserView, GrantView, HistoryView, InvitationAnswer, InvitationLink, PeopleView,
};
use crate::domain::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use std::collections::BTreeMap;

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::{
        domain::AppError,
        features::carers::service,
        platform::{
            accounts::AccountRow,
            acting::{self, Acting},
            identity::SignInMethod,
            session,
            state::AppState,
        },
    };
    pub use tower_sessions::Session;

    /// The invitation link opened in this browser, kept in the session (never in a URL after it is opened).
    pub const INVITATION: &str = "fd.invitation";
    /// The link of an invitation just made, shown once.
    pub const LINK_ONCE: &str = "fd.invitation.link";

    pub async fn session() -> Result<Session, AppError> {
        leptos_axum::extract::<Session>()
            .await
            .map_err(|_| AppError::Internal)
    }

    /// The signed-in person, for pages about their own account, and how they signed in.
    pub async fn own(
        state: &AppState,
    ) -> Result<(Session, Acting, AccountRow, SignInMethod), AppError> {
        let session = session().await?;
        let (acting, row, method) = acting::own_account(state, &session).await?;
        Ok((session, acting, row, method))
    }

    pub fn id_of(s: &str) -> Result<i64, AppError> {
        s.trim().parse().map_err(|_| AppError::BadRequest)
    }
}

/// "Who are you using Front Door for?": yourself, and everyone you may act for.
#[server(endpoint = "act-for", input = GetUrl)]
pub async fn get_choices() -> Result<ChooserView, AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let (session, _, row, method) = own(&state).await?;
    let current = session::acting_for(&session).await?;
    service::choices(&state, &row, method, current).await
}

/// Chooses whom to act for from the next page on.
#[server(endpoint = "act-for/choose")]
pub async fn choose_person(person: Option<String>) -> Result<(), AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let (session, _, row, method) = own(&state).await?;
    match service::choose(&state, &row, method, person.as_deref().unwrap_or("")).await? {
        Ok(subject) => {
            session::set_acting_for(&session, subject).await?;
            leptos_axum::redirect("/home");
        }
        Err(form) => {
            let id = session::keep_form(&session, "act-for", form).await?;
            leptos_axum::redirect(&format!("/act-for?form={id}"));
        }
    }
    Ok(())
}

/// The banner for every page: whom the signed-in person acts for, if not themselves.
#[server(endpoint = "acting-banner", input = GetUrl)]
pub async fn get_banner() -> Result<BannerView, AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let session = session().await?;
    let Some(signed_in) = session::signed_in(&session).await? else {
        return Ok(BannerView::default());
    };
    let acting_for = session::acting_for(&session).await?;
    service::banner(&state, signed_in.account_id, acting_for).await
}

/// "People who can act for me".
#[server(endpoint = "people", input = GetUrl)]
pub async fn get_people() -> Result<PeopleView, AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let (_, _, row, method) = own(&state).await?;
    service::people(&state, &row, method).await
}

/// Invites a named person to act for the signed-in resident.
#[server(endpoint = "people/invite")]
pub async fn invite_person(
    name: String,
    email: String,
    relationship: Option<String>,
    scopes: Option<BTreeMap<String, String>>,
    until_day: String,
    until_month: String,
    until_year: String,
) -> Result<(), AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let (session, _, row, method) = own(&state).await?;
    let input = service::InviteInput {
        name,
        email,
        relationship: relationship.unwrap_or_default(),
        access: service::AccessInput {
            scopes: service::scopes_from_form(scopes.unwrap_or_default()),
            until_day,
            until_month,
            until_year,
        },
    };
    match service::invite(&state, &row, method, input).await? {
        Ok(link) => {
            session.insert(LINK_ONCE, link).await?;
            leptos_axum::redirect("/account/people/invited");
        }
        Err(form) => {
            let id = session::keep_form(&session, "invite", form).await?;
            leptos_axum::redirect(&format!("/account/people/invite?form={id}"));
        }
    }
    Ok(())
}

/// The link of the invitation just made; shown once, then gone from the session.
#[server(endpoint = "people/invited", input = GetUrl)]
pub async fn invitation_link_once() -> Result<Option<InvitationLink>, AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let (session, _, _, _) = own(&state).await?;
    Ok(session.remove::<InvitationLink>(LINK_ONCE).await?)
}

#[server(endpoint = "people/withdraw")]
pub async fn withdraw_invitation(id: String) -> Result<(), AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let (_, acting, _, _) = own(&state).await?;
    service::withdraw(&state, acting.actor, id_of(&id)?).await?;
    leptos_axum::redirect("/account/people?withdrawn=yes");
    Ok(())
}

/// One person the resident has let act for them, for the change page.
#[server(endpoint = "people/grant", input = GetUrl)]
pub async fn get_grant(id: String) -> Result<Option<GrantView>, AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let (_, acting, _, _) = own(&state).await?;
    let Ok(id) = id_of(&id) else { return Ok(None) };
    service::own_grant(&state, acting.actor, id).await
}

/// Changes what someone may do for the resident, and until when.
#[server(endpoint = "people/change")]
pub async fn change_access(
    id: String,
    scopes: Option<BTreeMap<String, String>>,
    until_day: String,
    until_month: String,
    until_year: String,
) -> Result<(), AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let (session, _, row, method) = own(&state).await?;
    let grant = id_of(&id)?;
    let input = service::AccessInput {
        scopes: service::scopes_from_form(scopes.unwrap_or_default()),
        until_day,
        until_month,
        until_year,
    };
    match service::change(&state, &row, method, grant, input).await? {
        Ok(()) => leptos_axum::redirect("/account/people?changed=yes"),
        Err(form) => {
            let form_id = session::keep_form(&session, "change-access", form).await?;
            leptos_axum::redirect(&format!("/account/people/{grant}?form={form_id}"));
        }
    }
    Ok(())
}

/// Ends someone's access to act for the resident, now.
#[server(endpoint = "people/end")]
pub async fn end_access(id: String) -> Result<(), AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let (_, acting, _, _) = own(&state).await?;
    service::end(&state, acting.actor, id_of(&id)?).await?;
    leptos_axum::redirect("/account/people?ended=yes");
    Ok(())
}

/// The invitation opened in this browser, as the person opening it may see it.
#[server(endpoint = "invitation", input = GetUrl)]
pub async fn get_invitation() -> Result<InvitationAnswer, AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let session = session().await?;
    let token: Option<String> = session.get(INVITATION).await?;
    let signed_in = session::signed_in(&session).await?.is_some();
    service::invitation(&state, token.as_deref(), signed_in).await
}

/// Accepts the invitation opened in this browser, for the signed-in person.
#[server(endpoint = "invitation/accept")]
pub async fn accept_invitation() -> Result<(), AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let (session, _, row, method) = own(&state).await?;
    let Some(token) = session.get::<String>(INVITATION).await? else {
        leptos_axum::redirect("/invitation");
        return Ok(());
    };
    match service::accept(&state, &row, method, &token).await? {
        Ok(subject) => {
            session.remove_value(INVITATION).await?;
            session::set_acting_for(&session, Some(subject)).await?;
            leptos_axum::redirect("/act-for?accepted=yes");
        }
        Err(message) => {
            let mut form = crate::domain::FormState::default();
            form.error("accept", message);
            let id = session::keep_form(&session, "invitation", form).await?;
            leptos_axum::redirect(&format!("/invitation?form={id}"));
        }
    }
    Ok(())
}

/// "Who has looked at or acted on my record", newest first.
#[server(endpoint = "access-history", input = GetUrl)]
pub async fn get_access_history(page: Option<String>) -> Result<HistoryView, AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let (_, acting, _, _) = own(&state).await?;
    let page = page
        .as_deref()
        .and_then(|p| p.trim().parse::<i64>().ok())
        .filter(|p| (1..=100_000).contains(p))
        .unwrap_or(1);
    service::history(&state, acting, page).await
}

/// Opening an invitation link: the token goes into the session and the browser is
/// sent on to `/invitation`, so it is not left in the address bar or history.
#[cfg(feature = "ssr")]
pub async fn open_invitation(
    session: tower_sessions::Session,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let token = q.get("token").filter(|t| {
        !t.is_empty() && t.len() <= 128 && t.bytes().all(|c| c.is_ascii_alphanumeric())
    });
    let stored = match token {
        Some(t) => session.insert(ssr::INVITATION, t.clone()).await.is_ok(),
        None => session.remove_value(ssr::INVITATION).await.is_ok(),
    };
    if !stored {
        return axum::http::StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    if crate::platform::session::signed_in(&session)
        .await
        .ok()
        .flatten()
        .is_none()
    {
        let _ = crate::platform::session::return_after_sign_in(&session, "/invitation").await;
    }
    axum::response::Redirect::to("/invitation").into_response()
}
