//! Server-side sessions: who is signed in, timeouts, and answers kept between
//! a form post and the page that shows its errors.

use crate::{
    domain::{AccountId, AppError, FormState, SessionClock},
    platform::{
        audit::{self, AuditAction},
        identity::SignInMethod,
        state::AppState,
        timeouts::{SessionStatus, SignedIn},
    },
};
use axum::{
    extract::{Request, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use rand::{distributions::Alphanumeric, Rng};
use tower_sessions::Session;

const SIGNED_IN: &str = "fd.signed_in";
const ACTING_FOR: &str = "fd.acting_for";
/// The assisted session a helper runs in this browser session (`platform::assisted`).
const ASSISTING: &str = "fd.assisting";
/// A resident who has just signed in on a helper's screen, waiting to agree.
const RESIDENT_WAITING: &str = "fd.assisting.resident";
const FORM_PREFIX: &str = "fd.form.";
/// Where to go after signing in, when a page asked first (an invitation link).
const RETURN_AFTER_SIGN_IN: &str = "fd.return_after_sign_in";
/// Forms whose answers may be kept in the session (cleared at sign-in).
const FORMS: &[&str] = &[
    "register",
    "sign-in",
    "identity",
    "two-step",
    "sign-in-code",
    "act-for",
    "invite",
    "change-access",
    "invitation",
    "staff",
    "staff-set-up",
    "helping-code",
    "helping-consent",
    "helper-code",
];

/// Pages that need a signed-in person.
const PROTECTED: &[&str] = &[
    "/home",
    "/act-for",
    "/account",
    "/record",
    "/appointments",
    "/triage",
    "/requests",
    "/session/warning",
    "/staff",
    "/helping",
];
/// Requests that must not count as activity (the warning page and the clock it reads).
const PASSIVE: &[&str] = &["/session/warning", "/api/session-clock"];
/// Files served as they are, without touching the session.
pub const STATIC: &[&str] = &["/pkg/", "/assets/", "/favicon.ico", "/robots.txt"];

pub fn is_static(path: &str) -> bool {
    STATIC.iter().any(|p| path.starts_with(p))
}

fn matches_prefix(path: &str, list: &[&str]) -> bool {
    list.iter()
        .any(|p| path == *p || path.starts_with(&format!("{p}/")))
}

pub async fn signed_in(session: &Session) -> Result<Option<SignedIn>, AppError> {
    Ok(session.get::<SignedIn>(SIGNED_IN).await?)
}

pub async fn acting_for(session: &Session) -> Result<Option<AccountId>, AppError> {
    Ok(session.get::<AccountId>(ACTING_FOR).await?)
}

/// Chooses whom the signed-in person acts for (None: themselves). Only the choice
/// is kept: whether they may is checked on every request.
pub async fn set_acting_for(session: &Session, subject: Option<AccountId>) -> Result<(), AppError> {
    match subject {
        Some(id) => session.insert(ACTING_FOR, id).await?,
        None => {
            session.remove_value(ACTING_FOR).await?;
        }
    }
    Ok(())
}

/// Asks for the person to come back to `path` (a path of this site) once signed in.
pub async fn return_after_sign_in(session: &Session, path: &str) -> Result<(), AppError> {
    session
        .insert(RETURN_AFTER_SIGN_IN, safe_return_path(Some(path)))
        .await?;
    Ok(())
}

/// The path asked for by [`return_after_sign_in`], once.
pub async fn take_return_after_sign_in(session: &Session) -> Result<Option<String>, AppError> {
    Ok(session.remove::<String>(RETURN_AFTER_SIGN_IN).await?)
}

/// Starts a signed-in session under a new id, so an id known before sign-in is worthless after.
pub async fn begin(
    session: &Session,
    account_id: AccountId,
    shared_device: bool,
    method: SignInMethod,
    now: i64,
) -> Result<(), AppError> {
    // A resident signing in on the screen of a helper who is waiting for them: the
    // helper stays the one signed in; the resident is asked to agree next.
    if let (Some(_), Some(helper)) = (assisting(session).await?, signed_in(session).await?) {
        if helper.account_id != account_id {
            session.cycle_id().await?;
            session
                .insert(
                    RESIDENT_WAITING,
                    ResidentWaiting {
                        account: account_id,
                        method,
                        at: now,
                    },
                )
                .await?;
            return Ok(());
        }
    }
    session.cycle_id().await?;
    session.remove_value(ACTING_FOR).await?;
    clear_forms(session).await?;
    session
        .insert(
            SIGNED_IN,
            SignedIn {
                account_id,
                signed_in_at: now,
                last_active_at: now,
                shared_device,
                method,
            },
        )
        .await?;
    Ok(())
}

/// A resident who signed in on a helper's screen and has yet to agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ResidentWaiting {
    pub account: AccountId,
    pub method: SignInMethod,
    pub at: i64,
}

/// The assisted session this browser session runs, if any.
pub async fn assisting(session: &Session) -> Result<Option<i64>, AppError> {
    Ok(session.get::<i64>(ASSISTING).await?)
}

/// Names the assisted session a helper has started here; None forgets it, and any
/// resident waiting to agree.
pub async fn set_assisting(session: &Session, id: Option<i64>) -> Result<(), AppError> {
    session.remove_value(RESIDENT_WAITING).await?;
    session.remove_value(ACTING_FOR).await?;
    match id {
        Some(id) => session.insert(ASSISTING, id).await?,
        None => {
            session.remove_value(ASSISTING).await?;
        }
    }
    Ok(())
}

/// From now on this browser session is on a shared or public computer (a help point).
pub async fn use_shared_device(session: &Session) -> Result<(), AppError> {
    if let Some(mut s) = signed_in(session).await? {
        s.shared_device = true;
        session.insert(SIGNED_IN, s).await?;
    }
    Ok(())
}

/// The resident who signed in on this screen, while the helper waits for them.
pub async fn resident_waiting(session: &Session) -> Result<Option<ResidentWaiting>, AppError> {
    Ok(session.get::<ResidentWaiting>(RESIDENT_WAITING).await?)
}

pub async fn forget_resident_waiting(session: &Session) -> Result<(), AppError> {
    session.remove_value(RESIDENT_WAITING).await?;
    Ok(())
}

/// Ends the assisted session this browser session runs (signing out, timing out).
pub async fn end_assisting(
    state: &AppState,
    session: &Session,
    why: crate::platform::assisted::Ending,
) -> Result<(), AppError> {
    if let Some(id) = assisting(session).await? {
        crate::platform::assisted::end(&state.db, id, why, state.clock.now_unix()).await?;
        set_assisting(session, None).await?;
    }
    Ok(())
}

/// Forgets every form's kept answers.
pub async fn clear_forms(session: &Session) -> Result<(), AppError> {
    for form in FORMS {
        session
            .remove_value(&format!("{FORM_PREFIX}{form}"))
            .await?;
    }
    Ok(())
}

/// Ends the session on the server; the old cookie then finds nothing.
pub async fn end(session: &Session) -> Result<(), AppError> {
    session.flush().await?;
    Ok(())
}

/// Keeps a form's answers and errors for the page the post redirects to; returns the id to put in its URL.
pub async fn keep_form(
    session: &Session,
    form: &str,
    state: FormState,
) -> Result<String, AppError> {
    let id: String = rand::thread_rng()
        .sample_iter(&Alphanumeric)
        .take(16)
        .map(char::from)
        .collect();
    session
        .insert(&format!("{FORM_PREFIX}{form}"), (id.clone(), state))
        .await?;
    Ok(id)
}

/// The kept state of a form, if `id` is the one most recently kept.
pub async fn kept_form(
    session: &Session,
    form: &str,
    id: &str,
) -> Result<Option<FormState>, AppError> {
    let kept: Option<(String, FormState)> = session.get(&format!("{FORM_PREFIX}{form}")).await?;
    Ok(kept.and_then(|(kept_id, state)| (kept_id == id).then_some(state)))
}

/// True for a browser's own form post (no JavaScript), false for a fetch from the app.
pub fn is_plain_form_post(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// A same-site path to return to after a form, or the home page.
pub fn safe_return_path(candidate: Option<&str>) -> String {
    match candidate {
        Some(p)
            if p.starts_with('/') && !p.starts_with("//") && !p.contains('\\') && p.len() < 200 =>
        {
            p.to_string()
        }
        _ => "/home".to_string(),
    }
}

pub fn clock_view(status: SessionStatus, now: i64, shared_device: bool) -> Option<SessionClock> {
    match status {
        SessionStatus::Active { warn_at, ends_at } => Some(SessionClock {
            warn_in_secs: (warn_at - now).max(0),
            ends_in_secs: (ends_at - now).max(0),
            shared_device,
        }),
        _ => None,
    }
}

/// Applies idle and absolute timeouts, records activity, and keeps signed-out
/// people away from signed-in pages. Runs inside the session layer.
pub async fn guard(
    State(state): State<AppState>,
    session: Session,
    mut req: Request,
    next: Next,
) -> Response {
    let path = req.uri().path().to_string();
    if is_static(&path) {
        return next.run(req).await;
    }
    let now = state.clock.now_unix();
    let current = match signed_in(&session).await {
        Ok(v) => v,
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
    let mut active = false;
    if let Some(mut s) = current {
        match state.timeouts().status(&s, now) {
            SessionStatus::Active { .. } => {
                if !matches_prefix(&path, PASSIVE) {
                    s.last_active_at = now;
                    if session.insert(SIGNED_IN, s.clone()).await.is_err() {
                        return StatusCode::SERVICE_UNAVAILABLE.into_response();
                    }
                }
                // The times after this request's activity, for the page's timeout warning.
                if let Some(clock) =
                    clock_view(state.timeouts().status(&s, now), now, s.shared_device)
                {
                    req.extensions_mut().insert(clock);
                }
                active = true;
            }
            expired => {
                let why = if expired == SessionStatus::AbsoluteExpired {
                    "absolute"
                } else {
                    "idle"
                };
                let _ = end_assisting(&state, &session, crate::platform::assisted::Ending::Timeout)
                    .await;
                let _ = end(&session).await;
                let _ = audit::record(
                    &state.db,
                    now,
                    Some(s.account_id),
                    Some(s.account_id),
                    AuditAction::SessionTimedOut,
                    why,
                )
                .await;
                if path != "/signed-out" {
                    return timed_out(&req);
                }
            }
        }
    }
    if !active && matches_prefix(&path, PROTECTED) {
        return Redirect::to("/sign-in").into_response();
    }
    next.run(req).await
}

/// Where a request lands when its session has just timed out.
fn timed_out(req: &Request) -> Response {
    const TARGET: &str = "/signed-out?reason=timeout";
    if req.uri().path().starts_with("/api/") && !is_plain_form_post(req.headers()) {
        // A fetch from the app: ask its router to go to the signed-out page.
        let mut res = (StatusCode::UNAUTHORIZED, "").into_response();
        res.headers_mut()
            .insert(header::LOCATION, HeaderValue::from_static(TARGET));
        res.headers_mut()
            .insert("serverfnredirect", HeaderValue::from_static("1"));
        res
    } else {
        Redirect::to(TARGET).into_response()
    }
}
