//! Server functions for accounts. Thin: parse, call the service, answer or redirect.
//!
//! Every form works as a plain HTML post: on success the function redirects to
//! the page that shows the result; on a problem it keeps the answers in the
//! session and redirects back to the form with a random id in the URL.

#[cfg(feature = "ssr")]
use crate::domain::{t, t_with};

use super::{ResidentView, SignInChoices, TwoStepView};
use crate::domain::AppError;
use crate::domain::SessionClock;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::features::account::two_step;
    pub use crate::{
        domain::FormState,
        features::account::service,
        platform::{
            acting,
            audit::{self, AuditAction},
            identity::SignInMethod,
            security, session,
            state::AppState,
        },
    };
    pub use axum::http::HeaderMap;
    pub use tower_sessions::Session;

    /// Between a right password and the two-step code.
    pub const SECOND_STEP: &str = "fd.sign_in.second_step";
    /// The key being set up, until the person types a code from their app.
    pub const SETUP_KEY: &str = "fd.two_step.setup";
    /// Recovery codes, shown once on the page after they are made.
    pub const CODES_ONCE: &str = "fd.two_step.codes";
    /// How long the code page waits after the password.
    pub const SECOND_STEP_SECS: i64 = 5 * 60;

    #[derive(serde::Serialize, serde::Deserialize)]
    pub struct SecondStep {
        pub account: crate::domain::AccountId,
        pub shared_device: bool,
        pub at: i64,
    }

    pub async fn session() -> Result<Session, crate::domain::error::AppError> {
        leptos_axum::extract::<Session>()
            .await
            .map_err(|_| crate::domain::error::AppError::Internal)
    }

    /// Who is acting, checked against the database, the person they act for, and
    /// that person as their pages show them.
    pub async fn acting_resident(
        state: &AppState,
    ) -> Result<(acting::Acting, super::ResidentView), crate::domain::error::AppError> {
        let session = session().await?;
        let (acting, row, method) = acting::own_account(state, &session).await?;
        let offered = state
            .settings::<crate::features::account::nhs_login::NhsLoginSettings>()
            .0
            .is_some();
        Ok((acting, service::view(&row, method, offered)))
    }

    pub async fn headers() -> HeaderMap {
        leptos_axum::extract::<HeaderMap>()
            .await
            .unwrap_or_default()
    }
}

#[server(endpoint = "register")]
pub async fn register(
    full_name: String,
    dob_day: String,
    dob_month: String,
    dob_year: String,
    email: String,
    password: String,
    nhs_number: String,
) -> Result<(), AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let session = session().await?;
    let input = service::Registration {
        full_name,
        dob_day,
        dob_month,
        dob_year,
        email,
        password,
        nhs_number,
    };
    match service::register(&state, input).await? {
        Ok(account_id) => {
            let now = state.clock.now_unix();
            session::begin(&session, account_id, false, SignInMethod::Password, now).await?;
            audit::record(
                &state.db,
                now,
                Some(account_id),
                Some(account_id),
                AuditAction::SignedIn,
                "after registration",
            )
            .await?;
            leptos_axum::redirect(&service::landing(&state, &session, account_id, "/home").await?);
        }
        Err(form) => {
            let id = session::keep_form(&session, "register", form).await?;
            leptos_axum::redirect(&format!("/register?form={id}"));
        }
    }
    Ok(())
}

#[server(endpoint = "sign-in")]
pub async fn sign_in(
    email: String,
    password: String,
    shared_device: Option<String>,
) -> Result<(), AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let session = session().await?;
    let headers = headers().await;
    let peer = leptos_axum::extract::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .await
        .ok()
        .map(|c| c.0);
    let client = security::client_address(&headers, peer, state.config.trust_proxy);
    let shared = shared_device.is_some();

    let mut form = FormState::default();
    form.keep("email", &email);
    if shared {
        form.keep("shared_device", "yes");
    }
    if email.trim().is_empty() || password.is_empty() {
        if email.trim().is_empty() {
            form.error("email", t("say-form-enter-your-email-address"));
        }
        if password.is_empty() {
            form.error("password", t("say-acct-enter-your-password"));
        }
    } else {
        match service::sign_in(&state, &email, password, &client).await? {
            service::SignInOutcome::SignedIn(id) => {
                if two_step::is_on(&state.db, id).await? {
                    // The password was right; the session begins after the code.
                    session
                        .insert(
                            SECOND_STEP,
                            SecondStep {
                                account: id,
                                shared_device: shared,
                                at: state.clock.now_unix(),
                            },
                        )
                        .await?;
                    leptos_axum::redirect("/sign-in/code");
                    return Ok(());
                }
                let now = state.clock.now_unix();
                session::begin(&session, id, shared, SignInMethod::Password, now).await?;
                audit::record(
                    &state.db,
                    now,
                    Some(id),
                    Some(id),
                    AuditAction::SignedIn,
                    "",
                )
                .await?;
                leptos_axum::redirect(&service::landing(&state, &session, id, "/home").await?);
                return Ok(());
            }
            service::SignInOutcome::Refused => {
                form.error("email", t("say-acct-enter-a-correct-email-address"));
            }
            service::SignInOutcome::Throttled { retry_after_secs } => {
                form.error(
                    "email",
                    t_with(
                        "say-acct-too-many-sign-ins",
                        [(
                            "wait",
                            crate::platform::throttle::wait_words(retry_after_secs).into(),
                        )],
                    ),
                );
                form.status = Some(429);
            }
        }
    }
    let id = session::keep_form(&session, "sign-in", form).await?;
    leptos_axum::redirect(&format!("/sign-in?form={id}"));
    Ok(())
}

#[server(endpoint = "sign-out")]
pub async fn sign_out() -> Result<(), AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let session = session().await?;
    if let Some(s) = session::signed_in(&session).await? {
        audit::record(
            &state.db,
            state.clock.now_unix(),
            Some(s.account_id),
            Some(s.account_id),
            AuditAction::SignedOut,
            "",
        )
        .await?;
    }
    session::end_assisting(&state, &session, crate::platform::assisted::Ending::Helper).await?;
    session::end(&session).await?;
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.insert_header(
            axum::http::HeaderName::from_static("clear-site-data"),
            axum::http::HeaderValue::from_static("\"cache\", \"cookies\", \"storage\""),
        );
    }
    leptos_axum::redirect("/signed-out");
    Ok(())
}

/// Resets the idle timer. Without JavaScript it returns to the page the person was on.
#[server(endpoint = "stay-signed-in")]
pub async fn stay_signed_in(return_to: Option<String>) -> Result<Option<SessionClock>, AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let session = session().await?;
    // The session guard has already counted this request as activity.
    let signed_in = session::signed_in(&session)
        .await?
        .ok_or(AppError::NotSignedIn)?;
    let now = state.clock.now_unix();
    audit::record(
        &state.db,
        now,
        Some(signed_in.account_id),
        Some(signed_in.account_id),
        AuditAction::StayedSignedIn,
        "",
    )
    .await?;
    if session::is_plain_form_post(&headers().await) {
        leptos_axum::redirect(&session::safe_return_path(return_to.as_deref()));
    }
    Ok(session::clock_view(
        state.timeouts().status(&signed_in, now),
        now,
        signed_in.shared_device,
    ))
}

/// How long the session has left; does not count as activity.
#[server(endpoint = "session-clock", input = GetUrl)]
pub async fn get_session_clock() -> Result<Option<SessionClock>, AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let session = session().await?;
    let now = state.clock.now_unix();
    Ok(session::signed_in(&session)
        .await?
        .and_then(|s| session::clock_view(state.timeouts().status(&s, now), now, s.shared_device)))
}

/// The signed-in resident, for greeting them.
#[server(endpoint = "me", input = GetUrl)]
pub async fn current_resident() -> Result<ResidentView, AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let (_, view) = acting_resident(&state).await?;
    Ok(view)
}

/// The resident's details; each view is audited.
#[server(endpoint = "account-details", input = GetUrl)]
pub async fn account_details() -> Result<ResidentView, AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let (acting, view) = acting_resident(&state).await?;
    audit::record(
        &state.db,
        state.clock.now_unix(),
        Some(acting.actor),
        Some(acting.subject),
        AuditAction::AccountDetailsViewed,
        "",
    )
    .await?;
    Ok(view)
}

/// Which ways to sign in the sign-in page offers, and whether NHS login failed just now.
#[server(endpoint = "sign-in-ways", input = GetUrl)]
pub async fn sign_in_ways() -> Result<SignInChoices, AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let nhs = &state
        .settings::<crate::features::account::nhs_login::NhsLoginSettings>()
        .0;
    Ok(SignInChoices {
        nhs_login: nhs.is_some(),
        nhs_login_unavailable: nhs.as_ref().is_some_and(|n| n.recently_unavailable()),
    })
}

/// The second step of signing in: a code from the authenticator app, or a recovery code.
#[server(endpoint = "sign-in-code")]
pub async fn sign_in_code(code: String) -> Result<(), AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let session = session().await?;
    let now = state.clock.now_unix();
    let pending: Option<SecondStep> = session.get(SECOND_STEP).await?;
    let Some(pending) = pending.filter(|p| now - p.at <= SECOND_STEP_SECS) else {
        session.remove_value(SECOND_STEP).await?;
        let mut form = FormState::default();
        form.error("email", t("say-acct-your-sign-in-took-too"));
        let id = session::keep_form(&session, "sign-in", form).await?;
        leptos_axum::redirect(&format!("/sign-in?form={id}"));
        return Ok(());
    };
    let mut form = FormState::default();
    if code.trim().is_empty() {
        form.error("code", t("say-acct-enter-the-security-code-from"));
    } else {
        match two_step::check_code(&state, pending.account, &code).await? {
            two_step::CodeOutcome::Accepted => {
                session.remove_value(SECOND_STEP).await?;
                session::begin(
                    &session,
                    pending.account,
                    pending.shared_device,
                    SignInMethod::PasswordAndCode,
                    now,
                )
                .await?;
                audit::record(
                    &state.db,
                    now,
                    Some(pending.account),
                    Some(pending.account),
                    AuditAction::SignedIn,
                    "password_and_code",
                )
                .await?;
                leptos_axum::redirect(
                    &service::landing(&state, &session, pending.account, "/home").await?,
                );
                return Ok(());
            }
            two_step::CodeOutcome::Wrong => {
                form.error("code", t("say-acct-the-security-code-is-not"))
            }
            two_step::CodeOutcome::Throttled { retry_after_secs } => {
                form.error(
                    "code",
                    t_with(
                        "say-acct-too-many-codes",
                        [(
                            "wait",
                            crate::platform::throttle::wait_words(retry_after_secs).into(),
                        )],
                    ),
                );
                form.status = Some(429);
            }
        }
    }
    let id = session::keep_form(&session, "sign-in-code", form).await?;
    leptos_axum::redirect(&format!("/sign-in/code?form={id}"));
    Ok(())
}

/// Two-step sign-in for the signed-in person: on or off, and while off, a key to set it up.
#[server(endpoint = "two-step", input = GetUrl)]
pub async fn two_step_state() -> Result<TwoStepView, AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let (acting, view) = acting_resident(&state).await?;
    let session = session().await?;
    let account = acting.actor;
    if two_step::is_on(&state.db, account).await? {
        return Ok(TwoStepView {
            on: true,
            recovery_codes_left: two_step::recovery_codes_left(&state.db, account).await?,
            setup: None,
        });
    }
    let key: Option<String> = session.get(SETUP_KEY).await?;
    let key = match key {
        Some(k) => crate::platform::secret::Secret::new(k),
        None => {
            let k = two_step::new_secret();
            session.insert(SETUP_KEY, k.expose()).await?;
            k
        }
    };
    Ok(TwoStepView {
        on: false,
        recovery_codes_left: 0,
        setup: two_step::enrolment(&key, &view.email),
    })
}

/// Turns two-step sign-in on with a code from the app set up with the page's key.
#[server(endpoint = "two-step-on")]
pub async fn turn_on_two_step(code: String) -> Result<(), AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let (acting, _) = acting_resident(&state).await?;
    let session = session().await?;
    let key: Option<String> = session.get(SETUP_KEY).await?;
    let codes = match key {
        Some(k) => {
            two_step::turn_on(
                &state,
                acting.actor,
                &crate::platform::secret::Secret::new(k),
                &code,
            )
            .await?
        }
        None => None,
    };
    match codes {
        Some(codes) => {
            session.remove_value(SETUP_KEY).await?;
            session.insert(CODES_ONCE, codes).await?;
            leptos_axum::redirect("/account/two-step/recovery-codes");
        }
        None => {
            let mut form = FormState::default();
            form.error(
                "code",
                if code.trim().is_empty() {
                    t("say-acct-enter-the-6-digit-code")
                } else {
                    t("say-acct-the-code-is-not-right")
                },
            );
            let id = session::keep_form(&session, "two-step", form).await?;
            leptos_axum::redirect(&format!("/account/two-step?form={id}"));
        }
    }
    Ok(())
}

/// Turns two-step sign-in off.
#[server(endpoint = "two-step-off")]
pub async fn turn_off_two_step() -> Result<(), AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let (acting, _) = acting_resident(&state).await?;
    two_step::turn_off(&state, acting.actor).await?;
    leptos_axum::redirect("/account/two-step?off=yes");
    Ok(())
}

/// Makes new recovery codes (the old ones stop working) and shows them once.
#[server(endpoint = "recovery-codes-new")]
pub async fn new_recovery_codes() -> Result<(), AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let (acting, _) = acting_resident(&state).await?;
    if !two_step::is_on(&state.db, acting.actor).await? {
        return Err(AppError::BadRequest);
    }
    let codes = two_step::new_codes(&state, acting.actor).await?;
    session().await?.insert(CODES_ONCE, codes).await?;
    leptos_axum::redirect("/account/two-step/recovery-codes");
    Ok(())
}

/// The recovery codes just made, once: a second look finds none.
#[server(endpoint = "recovery-codes", input = GetUrl)]
pub async fn recovery_codes_once() -> Result<Vec<String>, AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    acting_resident(&state).await?;
    let codes: Option<Vec<String>> = session().await?.remove(CODES_ONCE).await?;
    Ok(codes.unwrap_or_default())
}

/// Checks the account ID and linkage key from the person's GP surgery; a match proves them to P9.
#[server(endpoint = "gp-linkage")]
pub async fn verify_gp_linkage(
    ods_code: String,
    account_id: String,
    linkage_key: String,
) -> Result<(), AppError> {
    use ssr::*;
    let state = AppState::from_context()?;
    let (acting, _) = acting_resident(&state).await?;
    let session = session().await?;
    let input = crate::features::account::gp_linkage::LinkageDetails {
        ods_code,
        account_id,
        linkage_key,
    };
    match crate::features::account::gp_linkage::verify(&state, acting.actor, input).await? {
        Ok(()) => leptos_axum::redirect("/account/identity?proved=gp"),
        Err(form) => {
            let id = session::keep_form(&session, "gp-linkage", form).await?;
            leptos_axum::redirect(&format!("/account/identity/gp-linkage?form={id}"));
        }
    }
    Ok(())
}
