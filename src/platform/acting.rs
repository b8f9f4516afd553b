//! Who is acting (the actor) and for whom (the subject), checked on every request.
//!
//! Today a resident acts only for themselves; carers and helpers come later and
//! will add rows that `authorise` consults. What the actor may open also depends
//! on their identity level (read from the database now) and how they signed in
//! this time (`platform::identity`). Nothing here is cached in the session.

use crate::{
    domain::{AccountId, AppError},
    platform::{
        accounts::{self as store, AccountRow},
        audit::{self as audit_log, AuditAction},
        identity, session,
        state::AppState,
    },
};
use tower_sessions::Session;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Acting {
    /// The signed-in person.
    pub actor: AccountId,
    /// The person whose data this request reads or changes.
    pub subject: AccountId,
}

/// What an actor wants to do for a subject.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    AccountDetails,
    /// Reading the joined-up record (and downloading it).
    Record,
    /// Seeing, booking, changing and cancelling appointments.
    Appointments,
    /// Asking for help through digital triage, and following requests.
    Triage,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AccountDetails => "account_details",
            Self::Record => "record",
            Self::Appointments => "appointments",
            Self::Triage => "triage",
        }
    }
}

/// Loads the actor from the session and checks they may act for the subject.
pub async fn acting(state: &AppState, session: &Session, scope: Scope) -> Result<Acting, AppError> {
    let signed_in = session::signed_in(session)
        .await?
        .ok_or(AppError::NotSignedIn)?;
    let actor = store::by_id(&state.db, signed_in.account_id)
        .await?
        .ok_or(AppError::NotSignedIn)?;
    let subject = session::acting_for(session).await?.unwrap_or(actor.id);
    authorise(state, actor.id, subject, scope).await?;
    if let Err(refused) = identity::check(scope, actor.identity_level, signed_in.method) {
        audit_log::record(
            &state.db,
            state.clock.now_unix(),
            Some(actor.id),
            Some(subject),
            AuditAction::IdentityLevelTooLow,
            scope.as_str(),
        )
        .await?;
        return Err(refused);
    }
    Ok(Acting {
        actor: actor.id,
        subject,
    })
}

/// A resident may act for themselves. Every other pairing is refused until
/// delegated access exists.
pub async fn authorise(
    _state: &AppState,
    actor: AccountId,
    subject: AccountId,
    _scope: Scope,
) -> Result<(), AppError> {
    if actor == subject {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Audits an action by the actor for the subject, now.
pub async fn audit(
    state: &AppState,
    acting: Acting,
    action: AuditAction,
    detail: &'static str,
) -> Result<(), AppError> {
    audit_log::record(
        &state.db,
        state.clock.now_unix(),
        Some(acting.actor),
        Some(acting.subject),
        action,
        detail,
    )
    .await?;
    Ok(())
}

/// For a server function: the app state, the session and who is acting for whom.
pub async fn from_request(scope: Scope) -> Result<(AppState, Session, Acting), AppError> {
    let state = AppState::from_context()?;
    let session = leptos_axum::extract::<Session>()
        .await
        .map_err(|_| AppError::Internal)?;
    let acting = acting(&state, &session, scope).await?;
    Ok((state, session, acting))
}

/// The person the actor acts for, after auditing what is done (actor, subject, what).
pub async fn audited_subject(
    state: &AppState,
    acting: Acting,
    action: AuditAction,
    detail: &'static str,
) -> Result<AccountRow, AppError> {
    let account = store::by_id(&state.db, acting.subject)
        .await?
        .ok_or(AppError::NotSignedIn)?;
    audit(state, acting, action, detail).await?;
    Ok(account)
}
