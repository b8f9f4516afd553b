//! Server functions for help to use Front Door: the public help page, staff
//! administration, assisted sessions, and the resident's one-time code. Every form
//! works as a plain HTML post (post/redirect/get).

use super::{
    ConsentView, HelpBanner, HelpOnlineView, HelpSummary, HelperCode, HelpingView, PastHelp,
    SetUpAnswer, SetUpLink, StaffView,
};
use crate::domain::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use std::collections::BTreeMap;

/// Where to get help getting online, from the help points file.
#[server(endpoint = "help-online", input = GetUrl)]
pub async fn get_help_online() -> Result<HelpOnlineView, AppError> {
    let state = crate::platform::state::AppState::from_context()?;
    Ok(state.settings::<super::settings::HelpPoints>().view())
}

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::{
        domain::AppError,
        features::helpers::service,
        platform::{
            acting,
            assisted::Ending,
            session,
            staff::{self, StaffMember, StaffRole},
            state::AppState,
        },
    };
    pub use tower_sessions::Session;

    /// A set-up link opened in this browser (kept in the session, never left in a URL).
    pub const SET_UP: &str = "fd.staff.set_up";
    /// A set-up link just made, shown once.
    pub const LINK_ONCE: &str = "fd.staff.link";
    /// A code a resident just made, shown once.
    pub const CODE_ONCE: &str = "fd.helper_code";

    pub async fn session() -> Result<Session, AppError> {
        leptos_axum::extract::<Session>()
            .await
            .map_err(|_| AppError::Internal)
    }

    /// The signed-in member of staff, in one of `roles`.
    pub async fn staff_member(
        roles: &[StaffRole],
    ) -> Result<(AppState, Session, StaffMember), AppError> {
        let state = AppState::from_context()?;
        let session = session().await?;
        let (_, member) = staff::require(&state, &session, roles).await?;
        Ok((state, session, member))
    }

    pub async fn keep(
        session: &Session,
        form: &str,
        state: crate::domain::FormState,
        path: &str,
    ) -> Result<(), AppError> {
        let id = session::keep_form(session, form, state).await?;
        leptos_axum::redirect(&format!("{path}?form={id}"));
        Ok(())
    }

    /// Tells the browser to forget what it kept of this site (but the session cookie:
    /// the helper stays signed in).
    pub fn clear_site_data() {
        if let Some(res) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
            res.insert_header(
                axum::http::HeaderName::from_static("clear-site-data"),
                axum::http::HeaderValue::from_static("\"cache\", \"storage\""),
            );
        }
    }
}

/// The staff page: organisations and their administrators (ICS), or an
/// organisation's helpers (its administrator).
#[server(endpoint = "staff", input = GetUrl)]
pub async fn get_staff() -> Result<StaffView, AppError> {
    use ssr::*;
    let (state, _, me) =
        staff_member(&[StaffRole::IcsAdmin, StaffRole::OrgAdmin, StaffRole::Helper]).await?;
    service::staff_view(&state, &me).await
}

/// Adds an organisation's administrator (ICS) or a helper (organisation's administrator).
#[server(endpoint = "staff/add")]
pub async fn add_staff(
    organisation: Option<String>,
    name: String,
    email: String,
) -> Result<(), AppError> {
    use ssr::*;
    let (state, session, me) = staff_member(&[StaffRole::IcsAdmin, StaffRole::OrgAdmin]).await?;
    match service::add_staff(&state, &me, organisation, name, email).await? {
        Ok(link) => {
            session.insert(LINK_ONCE, link).await?;
            leptos_axum::redirect("/staff/added");
        }
        Err(form) => keep(&session, "staff", form, "/staff").await?,
    }
    Ok(())
}

/// The set-up link just made; shown once.
#[server(endpoint = "staff/added", input = GetUrl)]
pub async fn staff_link_once() -> Result<Option<SetUpLink>, AppError> {
    use ssr::*;
    let (_, session, _) = staff_member(&[StaffRole::IcsAdmin, StaffRole::OrgAdmin]).await?;
    Ok(session.remove::<SetUpLink>(LINK_ONCE).await?)
}

/// Suspends (`suspend=yes`) or reinstates one of the organisation's helpers.
#[server(endpoint = "staff/suspend")]
pub async fn suspend_helper(id: String, suspend: String) -> Result<(), AppError> {
    use ssr::*;
    let (state, _, me) = staff_member(&[StaffRole::OrgAdmin]).await?;
    let id: i64 = id.trim().parse().map_err(|_| AppError::BadRequest)?;
    let suspend = suspend == "yes";
    let changed = service::suspend(&state, &me, id, suspend).await?;
    leptos_axum::redirect(match (changed, suspend) {
        (true, true) => "/staff?suspended=yes",
        (true, false) => "/staff?reinstated=yes",
        _ => "/staff",
    });
    Ok(())
}

/// The set-up link opened in this browser.
#[server(endpoint = "staff-set-up", input = GetUrl)]
pub async fn get_set_up() -> Result<SetUpAnswer, AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let session = session().await?;
    let token: Option<String> = session.get(SET_UP).await?;
    service::set_up_answer(&state, token.as_deref()).await
}

/// Sets the new member of staff's password, then asks them to turn on two-step sign-in.
#[server(endpoint = "staff-set-up/finish")]
pub async fn finish_set_up(password: String, confirm: String) -> Result<(), AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let session = session().await?;
    let Some(token) = session.get::<String>(SET_UP).await? else {
        leptos_axum::redirect("/set-up-staff-account");
        return Ok(());
    };
    match service::finish_set_up(&state, &token, password, confirm).await? {
        Ok(account) => {
            session.remove_value(SET_UP).await?;
            let now = state.clock.now_unix();
            session::begin(
                &session,
                account,
                true,
                crate::platform::identity::SignInMethod::Password,
                now,
            )
            .await?;
            leptos_axum::redirect("/account/two-step?staff=yes");
        }
        Err(form) => keep(&session, "staff-set-up", form, "/set-up-staff-account").await?,
    }
    Ok(())
}

/// "Help someone now": the session in this browser and the helper's past sessions.
#[server(endpoint = "helping", input = GetUrl)]
pub async fn get_helping() -> Result<HelpingView, AppError> {
    use ssr::*;
    let (state, session, me) = staff_member(&[StaffRole::Helper]).await?;
    service::helping_view(&state, &session, &me).await
}

/// The helper's past sessions.
#[server(endpoint = "helping-past", input = GetUrl)]
pub async fn get_past_help() -> Result<Vec<PastHelp>, AppError> {
    use ssr::*;
    let (state, _, me) = staff_member(&[StaffRole::Helper]).await?;
    service::past(&state, &me).await
}

/// Starts helping someone on this computer.
#[server(endpoint = "helping/start")]
pub async fn start_helping() -> Result<(), AppError> {
    use ssr::*;
    let (state, session, me) = staff_member(&[StaffRole::Helper]).await?;
    service::start(&state, &session, &me).await?;
    leptos_axum::redirect("/helping/resident");
    Ok(())
}

/// The helper enters the code the resident reads out from their own phone.
#[server(endpoint = "helping/code")]
pub async fn enter_code(code: String) -> Result<(), AppError> {
    use ssr::*;
    let (state, session, me) = staff_member(&[StaffRole::Helper]).await?;
    match service::redeem_code(&state, &session, &me, &code).await? {
        Ok(()) => leptos_axum::redirect("/helping"),
        Err(form) => keep(&session, "helping-code", form, "/helping/resident").await?,
    }
    Ok(())
}

/// The consent page's question, for the resident who has just signed in here.
#[server(endpoint = "helping-agree", input = GetUrl)]
pub async fn get_consent() -> Result<Option<ConsentView>, AppError> {
    use ssr::*;
    let (state, session, me) = staff_member(&[StaffRole::Helper]).await?;
    service::consent_view(&state, &session, &me).await
}

/// The resident's answer: what the helper may do, and for how long; or no.
#[server(endpoint = "helping/agree")]
pub async fn agree_to_help(
    agree: Option<String>,
    scopes: Option<BTreeMap<String, String>>,
    minutes: Option<String>,
) -> Result<(), AppError> {
    use ssr::*;
    let (state, session, me) = staff_member(&[StaffRole::Helper]).await?;
    let yes = agree.as_deref() == Some("yes");
    match service::agree(
        &state,
        &session,
        &me,
        yes,
        &scopes.unwrap_or_default(),
        minutes.as_deref().unwrap_or_default(),
    )
    .await?
    {
        Ok(true) => leptos_axum::redirect("/helping"),
        Ok(false) => leptos_axum::redirect("/helping?declined=yes"),
        Err(form) => keep(&session, "helping-consent", form, "/helping/agree").await?,
    }
    Ok(())
}

/// Ends the help session now (`by=resident` when the resident pressed it).
#[server(endpoint = "helping/end")]
pub async fn end_helping(by: Option<String>) -> Result<(), AppError> {
    use ssr::*;
    let (state, session, me) = staff_member(&[StaffRole::Helper]).await?;
    let why = if by.as_deref() == Some("resident") {
        Ending::Resident
    } else {
        Ending::Helper
    };
    if service::end(&state, &session, &me, why).await? {
        leptos_axum::redirect("/helping/summary");
    } else {
        leptos_axum::redirect("/helping");
    }
    Ok(())
}

/// What was done in the session that just ended, for the resident to keep.
#[server(endpoint = "helping-summary", input = GetUrl)]
pub async fn get_summary() -> Result<Option<HelpSummary>, AppError> {
    use ssr::*;
    let (state, session, me) = staff_member(&[StaffRole::Helper]).await?;
    service::summary(&state, &session, &me).await
}

/// Clears this computer of the resident and goes back to "Help someone now".
#[server(endpoint = "helping/finish")]
pub async fn finish_helping() -> Result<(), AppError> {
    use ssr::*;
    let (state, session, me) = staff_member(&[StaffRole::Helper]).await?;
    service::end(&state, &session, &me, Ending::Helper).await?;
    service::finish(&session).await?;
    clear_site_data();
    leptos_axum::redirect("/helping?cleared=yes");
    Ok(())
}

/// The banner for every page while a helper helps someone.
#[server(endpoint = "helping-banner", input = GetUrl)]
pub async fn get_help_banner() -> Result<HelpBanner, AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let session = session().await?;
    service::banner(&state, &session).await
}

/// A resident, on their own phone, makes a one-time code for a helper.
#[server(endpoint = "helper-code")]
pub async fn make_helper_code(
    scopes: Option<BTreeMap<String, String>>,
    minutes: Option<String>,
) -> Result<(), AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let session = session().await?;
    let (_, row, method) = acting::own_account(&state, &session).await?;
    match service::make_code(
        &state,
        &row,
        method,
        &scopes.unwrap_or_default(),
        minutes.as_deref().unwrap_or_default(),
    )
    .await?
    {
        Ok(code) => {
            session.insert(CODE_ONCE, code).await?;
            leptos_axum::redirect("/account/helper-code/made");
        }
        Err(form) => keep(&session, "helper-code", form, "/account/helper-code").await?,
    }
    Ok(())
}

/// The code just made; shown once.
#[server(endpoint = "helper-code/made", input = GetUrl)]
pub async fn helper_code_once() -> Result<Option<HelperCode>, AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let session = session().await?;
    acting::own_account(&state, &session).await?;
    Ok(session.remove::<HelperCode>(CODE_ONCE).await?)
}

/// Opening a set-up link: the token goes into the session and the browser is sent
/// on to the set-up page, so it is not left in the address bar or history.
#[cfg(feature = "ssr")]
pub async fn open_set_up(
    session: tower_sessions::Session,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let token = q
        .get("token")
        .filter(|t| crate::platform::ids::valid_key(t));
    let stored = match token {
        Some(t) => session.insert(ssr::SET_UP, t.clone()).await.is_ok(),
        None => session.remove_value(ssr::SET_UP).await.is_ok(),
    };
    if !stored {
        return axum::http::StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    axum::response::Redirect::to("/set-up-staff-account").into_response()
}
