//! The rules of staff and assisted sessions: administrators add staff (with a
//! single-use set-up link) and suspend helpers; a helper starts a session, the
//! resident joins (signing in on the same screen, or with a one-time code made on
//! their own phone) and agrees; at the end the resident gets a summary and the
//! computer is cleared.

use super::{
    ConsentView, CurrentHelp, HelpBanner, HelpSummary, HelperCode, HelpingView, MemberView,
    OrganisationView, PastHelp, SetUpAnswer, SetUpLink, StaffView, HELP_MINUTES, HELP_SCOPES,
};
use crate::{
    domain::{
        person, t, t_with,
        uk_time::{clock_time, people_time},
        AccountId, AppError, FormState,
    },
    platform::{
        accounts::{self, AccountRow},
        acting::{Role, Scope},
        assisted::{self, Assisted, Ending, WhatWasDone},
        audit::{self, AuditAction},
        identity::SignInMethod,
        ids, passwords,
        proxies::GRANTABLE,
        session::{self, ResidentWaiting},
        staff::{self, Organisations, StaffMember, StaffRole},
        state::AppState,
        throttle::{self, Decision},
    },
};
use std::collections::BTreeMap;
use tower_sessions::Session;

/// How long a set-up link for a new member of staff lasts.
const SET_UP_SECS: i64 = 7 * 24 * 3600;
/// How long a resident who signed in on a helper's screen has to agree.
const AGREE_SECS: i64 = 10 * 60;

fn orgs(state: &AppState) -> &Organisations {
    state.settings::<Organisations>()
}

fn member_view(m: &StaffMember) -> MemberView {
    MemberView {
        id: m.account.0,
        name: m.full_name.clone(),
        email: m.email.clone().unwrap_or_default(),
        status: if !m.set_up {
            t("staff-not-set-up-yet")
        } else if m.active() {
            t("staff-active")
        } else {
            t("staff-suspended")
        }
        .to_string(),
        suspended: !m.active(),
    }
}

/// The staff page for an administrator.
pub async fn staff_view(state: &AppState, me: &StaffMember) -> Result<StaffView, AppError> {
    Ok(match me.role {
        StaffRole::IcsAdmin => {
            let admins = staff::administrators(&state.db).await?;
            StaffView::Ics {
                name: me.full_name.clone(),
                organisations: orgs(state)
                    .0
                    .iter()
                    .map(|(id, name)| OrganisationView {
                        id: id.clone(),
                        name: name.clone(),
                        administrators: admins
                            .iter()
                            .filter(|a| a.organisation_id.as_deref() == Some(id.as_str()))
                            .map(member_view)
                            .collect(),
                    })
                    .collect(),
            }
        }
        StaffRole::OrgAdmin => {
            let org = me.organisation_id.clone().unwrap_or_default();
            StaffView::Organisation {
                name: me.full_name.clone(),
                organisation: orgs(state).name(&org),
                helpers: staff::in_organisation(&state.db, &org, StaffRole::Helper)
                    .await?
                    .iter()
                    .map(member_view)
                    .collect(),
            }
        }
        StaffRole::Helper => StaffView::Helper,
    })
}

fn set_up_hash(state: &AppState, token: &str) -> String {
    throttle::key(state.config.secret.expose(), "staff-set-up", token)
}

/// An ICS administrator adds an organisation's administrator; an organisation's
/// administrator adds a helper to their own organisation. The new account has no
/// password until its single-use set-up link is used.
pub async fn add_staff(
    state: &AppState,
    me: &StaffMember,
    organisation: Option<String>,
    name: String,
    email: String,
) -> Result<Result<SetUpLink, FormState>, AppError> {
    let mut form = FormState::default();
    form.keep("name", &name);
    form.keep("email", &email);
    let (role, org) = match me.role {
        StaffRole::IcsAdmin => {
            let org = organisation.unwrap_or_default();
            form.keep("organisation", &org);
            if !orgs(state).knows(&org) {
                form.error("organisation", t("say-help-select-the-organisation"));
            }
            (StaffRole::OrgAdmin, org)
        }
        StaffRole::OrgAdmin => (
            StaffRole::Helper,
            me.organisation_id.clone().unwrap_or_default(),
        ),
        StaffRole::Helper => return Err(AppError::Forbidden),
    };
    let name = person::parse_full_name(&name)
        .map_err(|m| form.error("name", m))
        .ok();
    let email = person::parse_email(&email)
        .map_err(|m| form.error("email", m))
        .ok();
    let (Some(name), Some(email), false) = (name, email, form.has_errors()) else {
        return Ok(Err(form));
    };
    let now = state.clock.now_unix();
    let new = accounts::NewAccount {
        full_name: &name,
        date_of_birth: "",
        email: &email,
        password_hash: "",
        nhs_number: None,
    };
    let account = match accounts::insert(&state.db, &new, now).await {
        Ok(id) => id,
        Err(accounts::InsertError::EmailTaken) => {
            form.error("email", t("say-help-this-email-address-already-has"));
            return Ok(Err(form));
        }
        Err(accounts::InsertError::SubjectTaken) => return Err(AppError::Internal),
        Err(accounts::InsertError::Db(e)) => return Err(e.into()),
    };
    staff::insert(&state.db, account, role, Some(&org), Some(me.account), now).await?;
    let token = ids::new_key();
    staff::insert_set_up(
        &state.db,
        &set_up_hash(state, &token),
        account,
        now + SET_UP_SECS,
    )
    .await?;
    audit::record(
        &state.db,
        now,
        Some(me.account),
        Some(account),
        AuditAction::StaffAdded,
        role.as_str(),
    )
    .await?;
    Ok(Ok(SetUpLink {
        name,
        email,
        link: format!(
            "{}/set-up-staff-account/open?token={token}",
            state.config.public_url.trim_end_matches('/')
        ),
        expires: people_time(now + SET_UP_SECS),
    }))
}

/// Suspends or reinstates one of the administrator's own helpers. A suspension
/// ends the helper's open sessions, and their next request is refused.
pub async fn suspend(
    state: &AppState,
    me: &StaffMember,
    helper: i64,
    suspend: bool,
) -> Result<bool, AppError> {
    let Some(org) = me
        .organisation_id
        .as_deref()
        .filter(|_| me.role == StaffRole::OrgAdmin)
    else {
        return Err(AppError::Forbidden);
    };
    let now = state.clock.now_unix();
    let helper = AccountId(helper);
    let changed = staff::set_suspended(&state.db, helper, org, suspend, me.account, now).await?;
    if changed {
        if suspend {
            assisted::end_all_for_helper(&state.db, helper, Ending::Suspended, now).await?;
        }
        let action = if suspend {
            AuditAction::HelperSuspended
        } else {
            AuditAction::HelperReinstated
        };
        audit::record(&state.db, now, Some(me.account), Some(helper), action, "").await?;
    }
    Ok(changed)
}

/// What the person who opened a set-up link sees.
pub async fn set_up_answer(state: &AppState, token: Option<&str>) -> Result<SetUpAnswer, AppError> {
    let Some(token) = token else {
        return Ok(SetUpAnswer::None);
    };
    let now = state.clock.now_unix();
    let Some(account) = staff::set_up_account(&state.db, &set_up_hash(state, token), now).await?
    else {
        return Ok(SetUpAnswer::Unusable);
    };
    Ok(match accounts::by_id(&state.db, account).await? {
        Some(row) => SetUpAnswer::Open {
            email: row.email.unwrap_or_default(),
        },
        None => SetUpAnswer::Unusable,
    })
}

/// Sets a new member of staff's password from their set-up link, once.
pub async fn finish_set_up(
    state: &AppState,
    token: &str,
    password: String,
    confirm: String,
) -> Result<Result<AccountId, FormState>, AppError> {
    let mut form = FormState::default();
    match person::check_password_length(&password) {
        Err(m) => form.error("password", m),
        Ok(()) if passwords::is_common(&password) => {
            form.error("password", t("say-acct-choose-a-password-that-is"))
        }
        Ok(()) if password != confirm => {
            form.error("confirm", t("say-help-the-passwords-do-not-match"))
        }
        Ok(()) => {}
    }
    if form.has_errors() {
        return Ok(Err(form));
    }
    let hash = passwords::hash(password).await?;
    let now = state.clock.now_unix();
    match staff::use_set_up(&state.db, &set_up_hash(state, token), &hash, now).await? {
        Some(account) => {
            audit::record(
                &state.db,
                now,
                Some(account),
                Some(account),
                AuditAction::StaffSetUp,
                "",
            )
            .await?;
            Ok(Ok(account))
        }
        None => {
            form.error("password", t("say-help-this-set-up-link-has"));
            Ok(Err(form))
        }
    }
}

// ---- Helping -------------------------------------------------------------------------

async fn name_of(state: &AppState, id: Option<AccountId>) -> Result<String, AppError> {
    Ok(match id {
        Some(id) => accounts::by_id(&state.db, id)
            .await?
            .map(|r| r.full_name)
            .unwrap_or_default(),
        None => String::new(),
    })
}

/// What a helper did in a past session, in words without clinical content.
fn done_words(actions: &[String]) -> Vec<String> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for a in actions {
        let words = match a.as_str() {
            "record_viewed" | "record_downloaded" => t("hist-record-viewed"),
            "appointment_booked" => t("hist-appointment-booked"),
            "appointment_changed" => t("hist-appointment-changed"),
            "appointment_cancelled" => t("hist-appointment-cancelled"),
            "appointments_viewed" | "appointment_viewed" => t("hist-appointments-viewed"),
            "triage_sent" => t("done-sent-a-request-to-the"),
            "triage_requests_viewed" | "triage_request_viewed" => t("done-looked-at-requests"),
            _ => continue,
        };
        *counts.entry(words).or_default() += 1;
    }
    counts
        .into_iter()
        .map(|(w, n)| {
            if n > 1 {
                t_with(
                    "say-help-done-times",
                    [("done", w.into()), ("count", n.into())],
                )
            } else {
                w
            }
        })
        .collect()
}

/// The live session of this browser, if it is this helper's.
async fn live(
    state: &AppState,
    session: &Session,
    helper: AccountId,
) -> Result<Option<Assisted>, AppError> {
    let Some(id) = session::assisting(session).await? else {
        return Ok(None);
    };
    let now = state.clock.now_unix();
    Ok(assisted::by_id(&state.db, id)
        .await?
        .filter(|a| a.helper == helper && a.live(now)))
}

/// "Help someone now": the session in this browser, and the helper's past sessions.
pub async fn helping_view(
    state: &AppState,
    session: &Session,
    me: &StaffMember,
) -> Result<HelpingView, AppError> {
    let now = state.clock.now_unix();
    let current = match live(state, session, me.account).await? {
        None => None,
        Some(a) if a.agreed_at.is_some() => Some(CurrentHelp::Helping {
            resident: name_of(state, a.subject).await?,
            until: clock_time(a.ends_at.unwrap_or(now)),
        }),
        Some(_) if waiting_resident(state, session).await?.is_some() => {
            Some(CurrentHelp::ResidentToAgree)
        }
        Some(_) => Some(CurrentHelp::Waiting),
    };
    Ok(HelpingView {
        helper: me.full_name.clone(),
        organisation: orgs(state).name(me.organisation_id.as_deref().unwrap_or_default()),
        current,
    })
}

/// The helper's past sessions: who, when and what was done, never anything clinical.
/// On a page of their own, so the start page shown between residents names nobody.
pub async fn past(state: &AppState, me: &StaffMember) -> Result<Vec<PastHelp>, AppError> {
    let now = state.clock.now_unix();
    let mut past = Vec::new();
    for a in assisted::for_helper(&state.db, me.account, 20).await? {
        let (Some(subject), Some(from)) = (a.subject, a.agreed_at) else {
            continue;
        };
        let Some(ended) = a.ended_at.or(a.ends_at.filter(|t| *t <= now)) else {
            continue;
        };
        let actions = audit::actions_between(
            &state.db,
            me.account,
            subject,
            Role::Helper.as_str(),
            from,
            ended,
        )
        .await?;
        past.push(PastHelp {
            resident: name_of(state, Some(subject)).await?,
            started: people_time(from),
            ended: clock_time(ended),
            how_ended: Ending::described(a.ended_why.as_deref().unwrap_or("time_up")).to_string(),
            done: done_words(&actions),
        });
    }
    Ok(past)
}

/// Starts a help session in this browser (or keeps the one already live). The
/// computer is treated as shared from now on, and a resident who signs in here
/// comes back to agree.
pub async fn start(state: &AppState, session: &Session, me: &StaffMember) -> Result<(), AppError> {
    if live(state, session, me.account).await?.is_some() {
        return Ok(());
    }
    let now = state.clock.now_unix();
    let org = me.organisation_id.clone().unwrap_or_default();
    let id = assisted::start(&state.db, me.account, &org, now).await?;
    session::set_assisting(session, Some(id)).await?;
    session::use_shared_device(session).await?;
    session::return_after_sign_in(session, "/helping/agree").await?;
    audit::record_as(
        &state.db,
        now,
        Some(me.account),
        None,
        Some(Role::Helper.as_str()),
        AuditAction::HelpStarted,
        "",
    )
    .await?;
    Ok(())
}

/// Ends the session in this browser. Returns whether there was one to summarise.
pub async fn end(
    state: &AppState,
    session: &Session,
    me: &StaffMember,
    why: Ending,
) -> Result<bool, AppError> {
    let Some(id) = session::assisting(session).await? else {
        return Ok(false);
    };
    let now = state.clock.now_unix();
    let row = assisted::by_id(&state.db, id).await?;
    // Before the resident joined, ending is cancelling.
    let why = match &row {
        Some(r) if r.agreed_at.is_none() => Ending::Cancelled,
        _ => why,
    };
    assisted::end(&state.db, id, why, now).await?;
    session::set_assisting(session, None).await?;
    session::take_return_after_sign_in(session).await?;
    let Some(row) = row.filter(|r| r.helper == me.account) else {
        return Ok(false);
    };
    audit::record_as(
        &state.db,
        now,
        Some(me.account),
        row.subject,
        Some(Role::Helper.as_str()),
        AuditAction::HelpEnded,
        why.as_str(),
    )
    .await?;
    if row.subject.is_some() {
        session.insert(SUMMARY, id).await?;
    }
    Ok(row.subject.is_some())
}

/// The session whose summary is shown once help has ended, until the computer is cleared.
pub const SUMMARY: &str = "fd.helped";

/// The resident who signed in on this screen, if they did so recently.
async fn waiting_resident(
    state: &AppState,
    session: &Session,
) -> Result<Option<ResidentWaiting>, AppError> {
    let now = state.clock.now_unix();
    Ok(session::resident_waiting(session)
        .await?
        .filter(|r| now - r.at <= AGREE_SECS))
}

/// The consent page, for the resident who has just signed in on this screen.
pub async fn consent_view(
    state: &AppState,
    session: &Session,
    me: &StaffMember,
) -> Result<Option<ConsentView>, AppError> {
    if live(state, session, me.account)
        .await?
        .is_none_or(|a| a.agreed_at.is_some())
    {
        return Ok(None);
    }
    let Some(resident) = waiting_resident(state, session).await? else {
        return Ok(None);
    };
    Ok(Some(ConsentView {
        resident: name_of(state, Some(resident.account)).await?,
        helper: me.full_name.clone(),
        organisation: orgs(state).name(me.organisation_id.as_deref().unwrap_or_default()),
    }))
}

/// The scopes ticked on a form, in the order they are offered.
pub fn scopes_from_form(ticked: &BTreeMap<String, String>) -> Vec<Scope> {
    GRANTABLE
        .iter()
        .copied()
        .filter(|s| ticked.get(s.as_str()).is_some_and(|v| v == "yes"))
        .collect()
}

/// Checks the scopes and minutes a resident chose.
fn check_choice(
    form: &mut FormState,
    scopes: &BTreeMap<String, String>,
    minutes: &str,
) -> Option<(Vec<Scope>, i64)> {
    for (code, _) in HELP_SCOPES {
        if scopes.get(code).is_some_and(|v| v == "yes") {
            form.keep(&format!("scopes[{code}]"), "yes");
        }
    }
    form.keep("minutes", minutes);
    let chosen = scopes_from_form(scopes);
    if chosen.is_empty() {
        form.error("scope-record", t("say-help-select-what-the-helper-can"));
    }
    let minutes = HELP_MINUTES
        .iter()
        .find(|(v, _)| *v == minutes)
        .and_then(|(v, _)| v.parse::<i64>().ok());
    if minutes.is_none() {
        form.error("minutes", t("say-help-select-how-long-the-helper"));
    }
    match minutes {
        Some(m) if !chosen.is_empty() => Some((chosen, m)),
        _ => None,
    }
}

/// The resident's answer on the consent page. No agreement, no access: a "no"
/// ends the session.
pub async fn agree(
    state: &AppState,
    session: &Session,
    me: &StaffMember,
    agreed: bool,
    scopes: &BTreeMap<String, String>,
    minutes: &str,
) -> Result<Result<bool, FormState>, AppError> {
    let now = state.clock.now_unix();
    let (Some(row), Some(resident)) = (
        live(state, session, me.account).await?,
        waiting_resident(state, session).await?,
    ) else {
        let mut form = FormState::default();
        form.error("agree", t("say-help-the-person-you-are-helping"));
        return Ok(Err(form));
    };
    if !agreed {
        session::forget_resident_waiting(session).await?;
        assisted::end(&state.db, row.id, Ending::Declined, now).await?;
        session::set_assisting(session, None).await?;
        audit::record(
            &state.db,
            now,
            Some(resident.account),
            Some(resident.account),
            AuditAction::HelpDeclined,
            "",
        )
        .await?;
        return Ok(Ok(false));
    }
    let mut form = FormState::default();
    let Some((chosen, minutes)) = check_choice(&mut form, scopes, minutes) else {
        return Ok(Err(form));
    };
    assisted::agree(
        &state.db,
        row.id,
        resident.account,
        resident.method,
        &chosen,
        minutes,
        now,
    )
    .await?;
    session::forget_resident_waiting(session).await?;
    audit::record_as(
        &state.db,
        now,
        Some(resident.account),
        Some(resident.account),
        Some(Role::Themself.as_str()),
        AuditAction::HelpAgreed,
        "",
    )
    .await?;
    Ok(Ok(true))
}

fn code_hash(state: &AppState, code: &str) -> String {
    throttle::key(state.config.secret.expose(), "helper-code", code)
}

/// A code as a person may type it: letters and digits only, upper case.
fn normalise_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// A helper enters the code the resident reads out: single use, 10 minutes, and
/// wrong codes count in the helper's own throttle.
pub async fn redeem_code(
    state: &AppState,
    session: &Session,
    me: &StaffMember,
    code: &str,
) -> Result<Result<(), FormState>, AppError> {
    let mut form = FormState::default();
    let Some(row) = live(state, session, me.account)
        .await?
        .filter(|r| r.agreed_at.is_none())
    else {
        form.error("code", t("say-help-start-helping-someone-first"));
        return Ok(Err(form));
    };
    let code = normalise_code(code);
    if code.is_empty() {
        form.error("code", t("say-help-enter-the-code-from-the"));
        return Ok(Err(form));
    }
    let (key, decision) = throttle::account_tries(state, "helper-code", me.account).await?;
    if let Decision::Deny { retry_after_secs } = decision {
        form.error(
            "code",
            t_with(
                "say-help-too-many-codes",
                [("wait", throttle::wait_words(retry_after_secs).into())],
            ),
        );
        form.status = Some(429);
        return Ok(Err(form));
    }
    let now = state.clock.now_unix();
    let Some(used) =
        assisted::use_code(&state.db, &code_hash(state, &code), me.account, now).await?
    else {
        throttle::record_failure(&state.db, &key, now).await?;
        audit::record_as(
            &state.db,
            now,
            Some(me.account),
            None,
            Some(Role::Helper.as_str()),
            AuditAction::HelperCodeRefused,
            "",
        )
        .await?;
        form.error("code", t("say-help-this-code-is-not-right"));
        return Ok(Err(form));
    };
    throttle::clear(&state.db, &key).await?;
    assisted::agree(
        &state.db,
        row.id,
        used.subject,
        used.resident_method,
        &used.scopes,
        used.minutes,
        now,
    )
    .await?;
    audit::record_as(
        &state.db,
        now,
        Some(me.account),
        Some(used.subject),
        Some(Role::Helper.as_str()),
        AuditAction::HelperCodeUsed,
        "",
    )
    .await?;
    Ok(Ok(()))
}

/// A resident makes a code on their own phone for a helper to enter.
pub async fn make_code(
    state: &AppState,
    row: &AccountRow,
    method: SignInMethod,
    scopes: &BTreeMap<String, String>,
    minutes: &str,
) -> Result<Result<HelperCode, FormState>, AppError> {
    let mut form = FormState::default();
    let Some((chosen, minutes)) = check_choice(&mut form, scopes, minutes) else {
        return Ok(Err(form));
    };
    let now = state.clock.now_unix();
    assisted::withdraw_codes(&state.db, row.id, now).await?;
    let code = ids::readable_code();
    assisted::insert_code(
        &state.db,
        &assisted::NewCode {
            code_hash: &code_hash(state, &code),
            subject: row.id,
            resident_method: method,
            scopes: &chosen,
            minutes,
        },
        now,
    )
    .await?;
    audit::record_as(
        &state.db,
        now,
        Some(row.id),
        Some(row.id),
        Some(Role::Themself.as_str()),
        AuditAction::HelperCodeMade,
        "",
    )
    .await?;
    Ok(Ok(HelperCode {
        code: format!("{}-{}", &code[..4], &code[4..]),
        until: clock_time(now + assisted::CODE_SECS),
        can_do: scope_words(&chosen),
        minutes: HELP_MINUTES
            .iter()
            .find(|(v, _)| v.parse::<i64>().ok() == Some(minutes))
            .map(|(_, w)| t(w))
            .unwrap_or_default(),
    }))
}

fn scope_words(scopes: &[Scope]) -> Vec<String> {
    HELP_SCOPES
        .iter()
        .filter(|(code, _)| scopes.iter().any(|s| s.as_str() == *code))
        .map(|(_, words)| t(words))
        .collect()
}

/// The banner while a helper helps, on every page of this browser session.
pub async fn banner(state: &AppState, session: &Session) -> Result<HelpBanner, AppError> {
    let Some(signed_in) = session::signed_in(session).await? else {
        return Ok(HelpBanner::default());
    };
    let Some(row) = live(state, session, signed_in.account_id)
        .await?
        .filter(|a| a.agreed_at.is_some())
    else {
        return Ok(HelpBanner::default());
    };
    Ok(HelpBanner {
        helping: Some((
            name_of(state, row.subject).await?,
            name_of(state, Some(row.helper)).await?,
            orgs(state).name(&row.organisation_id),
            clock_time(row.ends_at.unwrap_or_default()),
        )),
    })
}

/// The summary of the session that just ended in this browser.
pub async fn summary(
    state: &AppState,
    session: &Session,
    me: &StaffMember,
) -> Result<Option<HelpSummary>, AppError> {
    let Some(id) = session.get::<i64>(SUMMARY).await? else {
        return Ok(None);
    };
    let Some(row) = assisted::by_id(&state.db, id)
        .await?
        .filter(|r| r.helper == me.account)
    else {
        return Ok(None);
    };
    let now = state.clock.now_unix();
    let done = state
        .settings::<WhatWasDone>()
        .lines(state, &row, now)
        .await?;
    Ok(Some(HelpSummary {
        resident: name_of(state, row.subject).await?,
        helper: me.full_name.clone(),
        organisation: orgs(state).name(&row.organisation_id),
        started: people_time(row.agreed_at.unwrap_or(row.started_at)),
        ended: clock_time(row.ended_at.unwrap_or(now)),
        done,
    }))
}

/// Clears this computer of the resident: the session id changes, the help session
/// and its summary are forgotten, and kept form answers go.
pub async fn finish(session: &Session) -> Result<(), AppError> {
    session.remove_value(SUMMARY).await?;
    session::set_assisting(session, None).await?;
    session::clear_forms(session).await?;
    session.cycle_id().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_as_typed_without_spaces_or_case() {
        assert_eq!(normalise_code(" abcd-2345 "), "ABCD2345");
        assert_eq!(normalise_code("ab cd 23 45"), "ABCD2345");
        assert_eq!(normalise_code("---"), "");
    }

    #[test]
    fn a_helper_sees_what_was_done_without_clinical_detail() {
        let actions: Vec<String> = [
            "record_viewed",
            "appointment_booked",
            "triage_sent",
            "triage_sent",
            "slots_searched",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(
            done_words(&actions),
            vec![
                "Booked an appointment".to_string(),
                "Looked at the health record".to_string(),
                "Sent a request to the GP surgery (2 times)".to_string(),
            ]
        );
    }
}
