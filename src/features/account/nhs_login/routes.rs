//! The two addresses of the NHS login journey: start (a form post from the
//! sign-in or identity page) and the provider's redirect back.

use super::{
    client::{LoginError, NhsLoginSettings, Pending, Purpose},
    service,
};
use crate::{
    domain::{t, t_key, FormState},
    platform::{identity::SignInMethod, session, state::AppState},
};
use axum::{
    extract::{Query, State},
    response::{IntoResponse, Redirect, Response},
    Form,
};
use serde::Deserialize;
use tower_sessions::Session;

const PENDING: &str = "fd.nhs_login.pending";
/// How long a person may take at the provider before the sign-in must start again.
const PENDING_SECS: i64 = 15 * 60;

#[derive(Debug, Deserialize)]
pub struct StartForm {
    pub shared_device: Option<String>,
    /// `link` to link NHS login to the signed-in account.
    pub purpose: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Callback {
    pub code: Option<String>,
    pub state: Option<String>,
    pub error: Option<String>,
    pub iss: Option<String>,
}

/// Back to a page with a message in its error summary (the field is the NHS login button).
async fn back_with(session: &Session, form: &'static str, message: &str) -> Response {
    let mut state = FormState::default();
    state.error("nhs-login", message);
    let path = if form == "identity" {
        "/account/identity"
    } else {
        "/sign-in"
    };
    match session::keep_form(session, form, state).await {
        Ok(id) => Redirect::to(&format!("{path}?form={id}")).into_response(),
        Err(_) => Redirect::to(path).into_response(),
    }
}

const UNAVAILABLE: &str = t_key("say-acct-nhs-login-unavailable");
const NOT_FINISHED: &str = t_key("say-acct-nhs-login-not-finished");
const DID_NOT_WORK: &str = t_key("say-acct-nhs-login-did-not-work");

pub async fn start(
    State(state): State<AppState>,
    session: Session,
    Form(form): Form<StartForm>,
) -> Response {
    let Some(nhs) = state.settings::<NhsLoginSettings>().0.clone() else {
        return Redirect::to("/sign-in").into_response();
    };
    let now = state.clock.now_unix();
    let purpose = if form.purpose.as_deref() == Some("link") {
        match session::signed_in(&session).await {
            Ok(Some(s)) => Purpose::Link {
                account: s.account_id,
            },
            _ => return Redirect::to("/sign-in").into_response(),
        }
    } else {
        Purpose::SignIn {
            shared_device: form.shared_device.is_some(),
        }
    };
    let page = match purpose {
        Purpose::Link { .. } => "identity",
        Purpose::SignIn { .. } => "sign-in",
    };
    match nhs.start(purpose, now).await {
        Ok((url, pending)) => {
            if session.insert(PENDING, pending).await.is_err() {
                return back_with(&session, page, &t(DID_NOT_WORK)).await;
            }
            Redirect::to(&url).into_response()
        }
        Err(_) => back_with(&session, page, &t(UNAVAILABLE)).await,
    }
}

pub async fn callback(
    State(state): State<AppState>,
    session: Session,
    Query(back): Query<Callback>,
) -> Response {
    let Some(nhs) = state.settings::<NhsLoginSettings>().0.clone() else {
        return Redirect::to("/sign-in").into_response();
    };
    let now = state.clock.now_unix();
    // Taken out at once: a second use of the same return finds nothing.
    let pending: Option<Pending> = session.remove(PENDING).await.ok().flatten();
    let signed_in = session::signed_in(&session).await.ok().flatten();
    let actor = signed_in.as_ref().map(|s| s.account_id);
    let Some(pending) = pending else {
        let _ = service::refused(&state, actor, "no_sign_in_started").await;
        return back_with(&session, "sign-in", &t(DID_NOT_WORK)).await;
    };
    let page = match pending.purpose {
        Purpose::Link { .. } => "identity",
        Purpose::SignIn { .. } => "sign-in",
    };
    let refuse = |reason: &'static str, message: &'static str| {
        let state = state.clone();
        let session = session.clone();
        async move {
            let _ = service::refused(&state, actor, reason).await;
            back_with(&session, page, &t(message)).await
        }
    };
    if back.state.as_deref() != Some(pending.state.as_str()) {
        return refuse("state_mismatch", DID_NOT_WORK).await;
    }
    if now - pending.started_at > PENDING_SECS {
        return refuse("too_slow", DID_NOT_WORK).await;
    }
    if back.iss.as_deref().is_some_and(|iss| !nhs.is_issuer(iss)) {
        return refuse("wrong_issuer", DID_NOT_WORK).await;
    }
    if back.error.is_some() {
        return refuse("provider_said_no", NOT_FINISHED).await;
    }
    let Some(code) = back.code.filter(|c| !c.is_empty() && c.len() < 2048) else {
        return refuse("no_code", DID_NOT_WORK).await;
    };
    let proved = match nhs.finish(&pending, code).await {
        Ok(p) => p,
        Err(LoginError::Unavailable) => return refuse("provider_unavailable", UNAVAILABLE).await,
        Err(e) => return refuse(e.reason(), DID_NOT_WORK).await,
    };
    let method = SignInMethod::NhsLogin(proved.level);
    match pending.purpose {
        Purpose::SignIn { shared_device } => match service::sign_in(&state, &proved).await {
            Ok(Ok((account, new))) => {
                if session::begin(&session, account, shared_device, method, now)
                    .await
                    .is_err()
                {
                    return back_with(&session, page, &t(DID_NOT_WORK)).await;
                }
                let default = if new {
                    "/account/identity?welcome=yes"
                } else {
                    "/home"
                };
                match crate::features::account::service::landing(&state, &session, account, default)
                    .await
                {
                    Ok(path) => Redirect::to(&path).into_response(),
                    Err(_) => Redirect::to(default).into_response(),
                }
            }
            Ok(Err(problem)) => back_with(&session, page, &problem.message()).await,
            Err(_) => back_with(&session, page, &t(DID_NOT_WORK)).await,
        },
        Purpose::Link { account } => {
            // Still signed in as the person who started linking.
            let Some(s) = signed_in.filter(|s| s.account_id == account) else {
                let _ = service::refused(&state, actor, "link_without_sign_in").await;
                return Redirect::to("/sign-in").into_response();
            };
            match service::link(&state, account, &proved).await {
                Ok(Ok(_)) => {
                    // They have just proved who they are: this session works at that level.
                    if session::begin(&session, account, s.shared_device, method, now)
                        .await
                        .is_err()
                    {
                        return back_with(&session, page, &t(DID_NOT_WORK)).await;
                    }
                    Redirect::to("/account/identity?linked=yes").into_response()
                }
                Ok(Err(problem)) => back_with(&session, page, &problem.message()).await,
                Err(_) => back_with(&session, page, &t(DID_NOT_WORK)).await,
            }
        }
    }
}
