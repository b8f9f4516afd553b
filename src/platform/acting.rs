//! Who is acting (the actor) and for whom (the subject), checked on every request.
//!
//! A resident acts for themselves; a carer, parent or attorney acts for someone
//! else under a row of `proxy_access` (see `platform::proxies`), which is read
//! from the database on every request, so a change or an ending takes effect on
//! the proxy's very next request. What the actor may open also depends on their
//! identity level and how they signed in this time (`platform::identity`).
//! Nothing here is cached in the session but the choice of whom to act for.

use crate::{
    domain::{person, t, AccountId, ActingRefusal, AppError, IdentityLevel},
    platform::{
        accounts::{self as store, AccountRow},
        assisted,
        audit::{self as audit_log, AuditAction},
        identity::{self, SignInMethod},
        proxies::{self, ProxyRules},
        session, staff,
        state::AppState,
    },
};
use tower_sessions::Session;

/// The role the actor acts in, as the audit trail records it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// For themselves.
    Themself,
    /// For someone who invited them (a carer, a relative, a friend).
    Carer,
    /// For a child, with parental responsibility the GP practice recorded.
    Parent,
    /// With a lasting power of attorney the GP practice recorded.
    Attorney,
    /// As a deputy appointed by the Court of Protection, recorded by the GP practice.
    Deputy,
    /// As a helper at a help point, beside the resident, with their consent in this session.
    Helper,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Themself => "self",
            Self::Carer => "carer",
            Self::Parent => "parent",
            Self::Attorney => "attorney",
            Self::Deputy => "deputy",
            Self::Helper => "helper",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::Themself,
            Self::Carer,
            Self::Parent,
            Self::Attorney,
            Self::Deputy,
            Self::Helper,
        ]
        .into_iter()
        .find(|r| r.as_str() == s)
    }

    /// The role in words for the person whose record it is (their access history).
    pub fn described(self) -> String {
        match self {
            Self::Themself => t("role-yourself"),
            Self::Carer => t("role-carer"),
            Self::Parent => t("role-parent"),
            Self::Attorney => t("role-lasting-power-of-attorney"),
            Self::Deputy => t("role-court-appointed-deputy"),
            Self::Helper => t("role-helper-with-you-at-a"),
        }
    }

    /// True when the actor acts for someone else: what reaches a provider names them,
    /// and items marked sensitive are not shown.
    pub fn is_proxy(self) -> bool {
        self != Self::Themself
    }

    /// The role a proxy acts in under a grant of this basis.
    pub fn of(basis: proxies::Basis) -> Self {
        match basis {
            proxies::Basis::Consent => Self::Carer,
            proxies::Basis::ParentalResponsibility => Self::Parent,
            proxies::Basis::LastingPowerOfAttorney => Self::Attorney,
            proxies::Basis::CourtDeputy => Self::Deputy,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Acting {
    /// The signed-in person.
    pub actor: AccountId,
    /// The person whose data this request reads or changes.
    pub subject: AccountId,
    /// Whether the actor acts for themselves, or as whose carer, parent or attorney.
    pub role: Role,
}

/// What an actor wants to do for a subject.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    /// The actor's own account (always for themselves).
    AccountDetails,
    /// Reading the record summary: problems, medicines, allergies, vaccinations, visits.
    Record,
    /// Reading test results and letters.
    ResultsAndLetters,
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
            Self::ResultsAndLetters => "results",
            Self::Appointments => "appointments",
            Self::Triage => "triage",
        }
    }

    /// What a proxy may do under this scope, in words for the resident.
    pub fn described(self) -> String {
        match self {
            Self::AccountDetails => t("scope-their-own-account-details"),
            Self::Record => t("scope-see-the-health-record-summary"),
            Self::ResultsAndLetters => t("scope-see-test-results-and-letters"),
            Self::Appointments => t("scope-see-and-manage-appointments"),
            Self::Triage => t("scope-ask-for-help-from-the"),
        }
    }
}

/// Loads the actor from the session and checks they may act for the subject.
pub async fn acting(state: &AppState, session: &Session, scope: Scope) -> Result<Acting, AppError> {
    acting_for_all(state, session, &[scope]).await
}

/// As [`acting`], for a request that needs every one of `scopes` (a printout or
/// download of the whole record).
pub async fn acting_for_all(
    state: &AppState,
    session: &Session,
    scopes: &[Scope],
) -> Result<Acting, AppError> {
    Ok(checked(state, session, scopes).await?.0)
}

/// For pages of the signed-in person's own account: who is acting (always for
/// themselves), their account as read for this request, and how they signed in.
pub async fn own_account(
    state: &AppState,
    session: &Session,
) -> Result<(Acting, AccountRow, SignInMethod), AppError> {
    checked(state, session, &[Scope::AccountDetails]).await
}

/// The actor (read once), checked for every scope against the subject.
async fn checked(
    state: &AppState,
    session: &Session,
    scopes: &[Scope],
) -> Result<(Acting, AccountRow, SignInMethod), AppError> {
    let signed_in = session::signed_in(session)
        .await?
        .ok_or(AppError::NotSignedIn)?;
    let actor = store::by_id(&state.db, signed_in.account_id)
        .await?
        .ok_or(AppError::NotSignedIn)?;
    let own_account = scopes.iter().all(|s| *s == Scope::AccountDetails);
    let subject = match session::acting_for(session).await? {
        Some(subject) if !own_account => subject,
        _ => actor.id,
    };
    let now = state.clock.now_unix();
    if !own_account {
        if let Some(id) = session::assisting(session).await? {
            let acting = helping(state, &actor, id, scopes, now).await?;
            return Ok((acting, actor, signed_in.method));
        }
    }
    // Read once per request, whatever the number of scopes.
    let grants = if subject != actor.id {
        Some(proxy_grants(state, &actor, signed_in.method, subject).await?)
    } else {
        None
    };
    let mut role = Role::Themself;
    for scope in scopes {
        if let Some(grants) = &grants {
            role = match decide(state, grants, *scope, now) {
                Ok(role) => role,
                Err(why) => {
                    let refusal = Refusal::acting(why, actor.id, Some(subject), None);
                    return Err(refusal.audited(state, now).await?);
                }
            };
        }
        if let Err(e) = identity::check(*scope, actor.identity_level, signed_in.method) {
            let refusal = Refusal::identity(e, *scope, actor.id, subject, role);
            return Err(refusal.audited(state, now).await?);
        }
    }
    let acting = Acting {
        actor: actor.id,
        subject,
        role,
    };
    Ok((acting, actor, signed_in.method))
}

/// A helper acting in an assisted session: for the resident who agreed, within
/// what they agreed, with the resident's identity (how they signed in to agree),
/// never the helper's own.
async fn helping(
    state: &AppState,
    actor: &AccountRow,
    id: i64,
    scopes: &[Scope],
    now: i64,
) -> Result<Acting, AppError> {
    let row = assisted::by_id(&state.db, id).await?;
    let member = staff::of(&state.db, actor.id).await?;
    // The resident is the same for every scope: their identity is read once.
    let mut level = None;
    let mut subject = None;
    for scope in scopes {
        let decided = match &row {
            Some(row) => row.allows(member.as_ref(), actor.id, *scope, now),
            None => Err(ActingRefusal::HelpEnded),
        };
        let (who, method) = match decided {
            Ok(v) => v,
            Err(why) => {
                if let Some(row) = row.as_ref().filter(|r| r.ended_at.is_none()) {
                    let ending = match why {
                        ActingRefusal::HelpTimeUp => Some(assisted::Ending::TimeUp),
                        ActingRefusal::HelperSuspended => Some(assisted::Ending::Suspended),
                        _ => None,
                    };
                    if let Some(ending) = ending {
                        assisted::end(&state.db, row.id, ending, now).await?;
                    }
                }
                let subject = row.as_ref().and_then(|r| r.subject);
                let refusal = Refusal::acting(why, actor.id, subject, Some(Role::Helper));
                return Err(refusal.audited(state, now).await?);
            }
        };
        let resident_level = match level {
            Some(l) => l,
            None => store::by_id(&state.db, who)
                .await?
                .map(|r| r.identity_level)
                .unwrap_or(IdentityLevel::P0),
        };
        level = Some(resident_level);
        if let Err(e) = identity::check(*scope, resident_level, method) {
            let refusal = Refusal::identity(e, *scope, actor.id, who, Role::Helper);
            return Err(refusal.audited(state, now).await?);
        }
        subject = Some(who);
    }
    let subject = subject.ok_or(AppError::ActingRefused(ActingRefusal::NotGiven))?;
    Ok(Acting {
        actor: actor.id,
        subject,
        role: Role::Helper,
    })
}

/// A refusal to write to the audit trail (who, for whom, in what role, why) before
/// it is answered.
pub struct Refusal {
    error: AppError,
    actor: AccountId,
    subject: Option<AccountId>,
    role: Option<Role>,
    action: AuditAction,
    detail: &'static str,
}

impl Refusal {
    /// Acting for `subject` (or a staff page, with no subject) is refused, and why.
    pub fn acting(
        why: ActingRefusal,
        actor: AccountId,
        subject: Option<AccountId>,
        role: Option<Role>,
    ) -> Self {
        Self {
            error: AppError::ActingRefused(why),
            actor,
            subject,
            role,
            action: AuditAction::ActingRefused,
            detail: why.as_str(),
        }
    }

    /// `scope` needs a higher identity level than this session has.
    fn identity(
        error: AppError,
        scope: Scope,
        actor: AccountId,
        subject: AccountId,
        role: Role,
    ) -> Self {
        Self {
            error,
            actor,
            subject: Some(subject),
            role: Some(role),
            action: AuditAction::IdentityLevelTooLow,
            detail: scope.as_str(),
        }
    }

    /// Audits the refusal at `now` and gives the error to answer with.
    pub async fn audited(self, state: &AppState, now: i64) -> Result<AppError, AppError> {
        audit_log::record_as(
            &state.db,
            now,
            Some(self.actor),
            self.subject,
            self.role.map(Role::as_str),
            self.action,
            self.detail,
        )
        .await?;
        Ok(refused(self.error))
    }
}

/// A refusal, with its status (403) on the response when a server function is
/// answering a fetch from the app, so anyone reading the response sees why. A page
/// or a plain form post (which asks for HTML) is left alone: the page sets its own
/// status, and a form post is sent back to its page.
fn refused(e: AppError) -> AppError {
    let wants_html =
        leptos::prelude::use_context::<axum::http::request::Parts>().is_some_and(|p| {
            p.headers
                .get(axum::http::header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.contains("text/html"))
        });
    if wants_html {
        return e;
    }
    if let (Some(res), Ok(code)) = (
        leptos::prelude::use_context::<leptos_axum::ResponseOptions>(),
        axum::http::StatusCode::from_u16(e.status()),
    ) {
        res.set_status(code);
    }
    e
}

/// What the database says about `actor` acting for `subject`: every grant between
/// them and the subject's date of birth, or why the actor may not act for anyone
/// in this session (not proved, or no two-step sign-in).
struct ProxyGrants {
    grants: Vec<proxies::Grant>,
    born: Option<time::Date>,
}

async fn proxy_grants(
    state: &AppState,
    actor: &AccountRow,
    method: SignInMethod,
    subject: AccountId,
) -> Result<Result<ProxyGrants, ActingRefusal>, AppError> {
    let grants = proxies::between(&state.db, actor.id, subject).await?;
    if grants.is_empty() {
        return Ok(Err(ActingRefusal::NoAccess));
    }
    if actor.identity_level < IdentityLevel::P5 {
        return Ok(Err(ActingRefusal::ProxyNotProved));
    }
    if !two_step_this_session(method) {
        return Ok(Err(ActingRefusal::ProxyNeedsTwoStep));
    }
    let born = store::by_id(&state.db, subject)
        .await?
        .and_then(|s| person::stored_date(&s.date_of_birth));
    Ok(Ok(ProxyGrants { grants, born }))
}

/// The role in which the grants allow `scope` now, or why not: the newest grant that
/// allows it, else the newest grant's reason.
fn decide(
    state: &AppState,
    grants: &Result<ProxyGrants, ActingRefusal>,
    scope: Scope,
    now: i64,
) -> Result<Role, ActingRefusal> {
    if scope == Scope::AccountDetails {
        return Err(ActingRefusal::NoAccess);
    }
    let ProxyGrants { grants, born } = grants.as_ref().map_err(|why| *why)?;
    let rules = state.settings::<ProxyRules>();
    let mut last_refusal = ActingRefusal::NoAccess;
    for grant in grants.iter().rev() {
        let ods = grant
            .provider_id
            .as_deref()
            .and_then(|id| state.gateway.providers.iter().find(|p| p.id == id))
            .map(|p| p.ods_code.as_str());
        match proxies::refusal(grant, scope, *born, now, rules.for_practice(ods)) {
            None => return Ok(Role::of(grant.basis)),
            Some(why) => {
                if last_refusal == ActingRefusal::NoAccess {
                    last_refusal = why;
                }
            }
        }
    }
    Err(last_refusal)
}

/// Acting for someone else needs more than a password: NHS login (which always
/// asks for a security code), or Front Door's password with a two-step code.
pub fn two_step_this_session(method: SignInMethod) -> bool {
    match method {
        SignInMethod::NhsLogin(level) => level >= IdentityLevel::P5,
        SignInMethod::PasswordAndCode => true,
        SignInMethod::Password => false,
    }
}

/// Why `actor` may not act for `subject` in any way now (for the "who are you using
/// Front Door for" list), or the scopes they may use and the role.
pub async fn what_actor_may_do(
    state: &AppState,
    actor: &AccountRow,
    method: SignInMethod,
    subject: AccountId,
) -> Result<Result<(Role, Vec<Scope>), ActingRefusal>, AppError> {
    let now = state.clock.now_unix();
    let grants = proxy_grants(state, actor, method, subject).await?;
    let mut allowed = Vec::new();
    let mut role = None;
    let mut first_refusal = None;
    for scope in proxies::GRANTABLE {
        match decide(state, &grants, scope, now) {
            Ok(r) => {
                role = Some(r);
                allowed.push(scope);
            }
            Err(why) => {
                if first_refusal.is_none() || first_refusal == Some(ActingRefusal::NotGiven) {
                    first_refusal = Some(why);
                }
            }
        }
    }
    Ok(match role {
        Some(role) => Ok((role, allowed)),
        None => Err(first_refusal.unwrap_or(ActingRefusal::NoAccess)),
    })
}

/// Audits an action by the actor for the subject, now.
pub async fn audit(
    state: &AppState,
    acting: Acting,
    action: AuditAction,
    detail: &'static str,
) -> Result<(), AppError> {
    audit_log::record_as(
        &state.db,
        state.clock.now_unix(),
        Some(acting.actor),
        Some(acting.subject),
        Some(acting.role.as_str()),
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
