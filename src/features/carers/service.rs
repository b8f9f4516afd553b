//! The rules behind the carers pages: whom the signed-in person may act for,
//! the resident's own grants and invitations, and the access history.
//! Whether a request may go ahead is decided in `platform::acting`, never here.

use super::{
    BannerView, ChooserView, GrantView, HistoryLine, HistoryView, InvitationAnswer, InvitationLink,
    InvitationView, PeopleView, PersonChoice, RELATIONSHIPS, SCOPE_CHOICES,
};
use crate::{
    domain::{
        person::{self, long_date},
        uk_time::{people_time, uk_local},
        AccountId, AppError, FormState, IdentityLevel,
    },
    platform::{
        accounts::{self, AccountRow},
        acting::{self, Scope},
        audit::{self, AuditAction},
        identity::{self, SignInMethod},
        ids::new_key,
        proxies::{self, Basis, NewGrant, ProxyRules},
        state::AppState,
        throttle,
    },
    providers::{links, related, ProviderKind},
};
use time::{Date, Month};

/// Invitations last a week.
pub const INVITATION_SECS: i64 = 7 * 24 * 3600;
pub const HISTORY_PAGE: i64 = 20;

fn age_of(row: &AccountRow, now: i64) -> Option<i64> {
    person::stored_date(&row.date_of_birth)
        .and_then(|born| person::age_in_years(born, uk_local(now).date()))
}

fn scope_words(scopes: &[Scope]) -> Vec<String> {
    scopes.iter().map(|s| s.described().to_string()).collect()
}

fn until_words(t: Option<i64>) -> Option<String> {
    // An end instant is the start of the day after the last day of access.
    t.map(|t| long_date(uk_local(t - 1).date()))
}

/// The practice rules that apply to a resident: those of their GP practice.
async fn rules_for(
    state: &AppState,
    resident: AccountId,
) -> Result<proxies::PracticeRules, AppError> {
    let linked = links::links(&state.db, resident).await?;
    let ods = state
        .gateway
        .providers
        .iter()
        .filter(|p| p.kind == ProviderKind::Gp)
        .find(|p| linked.iter().any(|(id, _)| *id == p.id))
        .map(|p| p.ods_code.clone());
    Ok(state.settings::<ProxyRules>().for_practice(ods.as_deref()))
}

// ---- Who are you using Front Door for? -------------------------------------------

/// Everyone the signed-in person may act for, after asking the GP systems which
/// relationships they record.
pub async fn choices(
    state: &AppState,
    actor: &AccountRow,
    method: SignInMethod,
    current: Option<AccountId>,
) -> Result<ChooserView, AppError> {
    let synced = related::sync_for_proxy(state, actor).await?;
    let now = state.clock.now_unix();
    let mut seen: Vec<AccountId> = Vec::new();
    let mut people = Vec::new();
    for grant in proxies::for_proxy(&state.db, actor.id).await? {
        if seen.contains(&grant.subject) {
            continue;
        }
        seen.push(grant.subject);
        let Some(subject) = accounts::by_id(&state.db, grant.subject).await? else {
            continue;
        };
        let decided = acting::what_actor_may_do(state, actor, method, grant.subject).await?;
        let (can_do, refused) = match decided {
            Ok((_, scopes)) => (scope_words(&scopes), None),
            Err(why) => (Vec::new(), Some(why.explained().to_string())),
        };
        people.push(PersonChoice {
            value: grant.subject.0.to_string(),
            name: subject.full_name.clone(),
            relationship: grant.subject_is.clone(),
            age: age_of(&subject, now),
            can_do,
            until: until_words(grant.ends_at),
            refused,
        });
    }
    Ok(ChooserView {
        own_name: actor.full_name.clone(),
        current: current
            .filter(|c| *c != actor.id)
            .map(|c| c.0.to_string())
            .unwrap_or_else(|| "self".into()),
        people,
        not_answered: synced.not_answered,
    })
}

/// Acts for `value` ("self" or a person's value) from the next request on, if the
/// signed-in person may act for them at all now.
pub async fn choose(
    state: &AppState,
    actor: &AccountRow,
    method: SignInMethod,
    value: &str,
) -> Result<Result<Option<AccountId>, FormState>, AppError> {
    let now = state.clock.now_unix();
    let mut form = FormState::default();
    if value == "self" {
        audit::record(
            &state.db,
            now,
            Some(actor.id),
            Some(actor.id),
            AuditAction::ActingForChosen,
            "self",
        )
        .await?;
        return Ok(Ok(None));
    }
    let Some(subject) = value
        .parse::<i64>()
        .ok()
        .map(AccountId)
        .filter(|s| *s != actor.id)
    else {
        form.error("person", "Select who you are using Front Door for");
        return Ok(Err(form));
    };
    match acting::what_actor_may_do(state, actor, method, subject).await? {
        Ok((role, _)) => {
            audit::record_as(
                &state.db,
                now,
                Some(actor.id),
                Some(subject),
                Some(role.as_str()),
                AuditAction::ActingForChosen,
                "",
            )
            .await?;
            Ok(Ok(Some(subject)))
        }
        Err(why) => {
            form.keep("person", value);
            form.error("person", why.explained());
            Ok(Err(form))
        }
    }
}

/// The banner's words for the person the signed-in person acts for now.
pub async fn banner(
    state: &AppState,
    actor: AccountId,
    acting_for: Option<AccountId>,
) -> Result<BannerView, AppError> {
    let can_switch = !proxies::for_proxy(&state.db, actor).await?.is_empty();
    let Some(subject) = acting_for.filter(|s| *s != actor) else {
        return Ok(BannerView {
            can_switch,
            ..BannerView::default()
        });
    };
    let row = accounts::by_id(&state.db, subject).await?;
    let grants = proxies::between(&state.db, actor, subject).await?;
    let (Some(row), Some(grant)) = (row, grants.last()) else {
        return Ok(BannerView {
            can_switch,
            ..BannerView::default()
        });
    };
    let now = state.clock.now_unix();
    let about = match age_of(&row, now) {
        Some(age) => format!("{}, {age}", grant.subject_is),
        None => grant.subject_is.clone(),
    };
    Ok(BannerView {
        acting_for: Some(format!("{} ({about})", row.full_name)),
        acting_for_name: Some(row.full_name),
        can_switch: true,
    })
}

// ---- People who can act for me -----------------------------------------------------

fn date_parts(t: Option<i64>) -> [String; 3] {
    match t {
        Some(t) => {
            let d = uk_local(t - 1).date();
            [
                d.day().to_string(),
                (d.month() as u8).to_string(),
                d.year().to_string(),
            ]
        }
        None => Default::default(),
    }
}

/// Why this resident cannot invite anyone now, if so.
fn cannot_invite(
    row: &AccountRow,
    method: SignInMethod,
    rules: proxies::PracticeRules,
    now: i64,
) -> Option<&'static str> {
    if row.identity_level < IdentityLevel::P9 {
        return Some(
            "To let someone act for you, you need to prove who you are with photo ID first.",
        );
    }
    if identity::session_level(row.identity_level, method) < IdentityLevel::P9 {
        return Some("To let someone act for you, sign in with NHS login, or with your password and a security code.");
    }
    match age_of(row, now) {
        Some(age) if age >= rules.may_invite_from => None,
        _ => {
            Some("You need to be 16 or over to let someone act for you. Your GP surgery can help.")
        }
    }
}

pub async fn people(
    state: &AppState,
    resident: &AccountRow,
    method: SignInMethod,
) -> Result<PeopleView, AppError> {
    let now = state.clock.now_unix();
    let rules = rules_for(state, resident.id).await?;
    let grants = people_grants(state, resident.id, now).await?;
    let invitations = store::open_invitations(&state.db, resident.id, now)
        .await?
        .into_iter()
        .map(|i| InvitationView {
            id: i.id,
            name: i.invitee_name,
            email: i.invitee_email,
            expires: people_time(i.expires_at),
            can_do: scope_words(&proxies::scopes_from_text(&i.scopes)),
        })
        .collect();
    Ok(PeopleView {
        grants,
        invitations,
        cannot_invite: cannot_invite(resident, method, rules, now).map(str::to_string),
        max_months: rules.max_consent_months,
    })
}

/// What the invite and change forms send.
pub struct AccessInput {
    pub scopes: Vec<String>,
    pub until_day: String,
    pub until_month: String,
    pub until_year: String,
}

/// Checks the scopes and end date; the form's errors otherwise.
fn read_access(
    input: &AccessInput,
    rules: proxies::PracticeRules,
    now: i64,
    form: &mut FormState,
) -> Option<(Vec<Scope>, i64)> {
    for s in &input.scopes {
        form.keep(&format!("scopes[{s}]"), "yes");
    }
    form.keep("until_day", &input.until_day);
    form.keep("until_month", &input.until_month);
    form.keep("until_year", &input.until_year);
    let scopes: Vec<Scope> = input
        .scopes
        .iter()
        .filter_map(|s| proxies::scopes_from_text(s).first().copied())
        .collect();
    if scopes.is_empty() {
        form.error("scope-record", "Select what they can do for you");
    }
    let today = uk_local(now).date();
    let latest = add_months(today, rules.max_consent_months);
    let parsed = (
        input.until_day.trim().parse::<u8>(),
        input.until_month.trim().parse::<u8>(),
        input.until_year.trim().parse::<i32>(),
    );
    let until = match parsed {
        (Ok(d), Ok(m), Ok(y)) => Month::try_from(m)
            .ok()
            .and_then(|m| Date::from_calendar_date(y, m, d).ok()),
        _ => None,
    };
    let ends_at = match until {
        _ if [&input.until_day, &input.until_month, &input.until_year]
            .iter()
            .all(|v| v.trim().is_empty()) =>
        {
            form.error("until-day", "Enter the date their access ends");
            None
        }
        None => {
            form.error(
                "until-day",
                "The date their access ends must be a real date",
            );
            None
        }
        Some(d) if d <= today => {
            form.error(
                "until-day",
                "The date their access ends must be in the future",
            );
            None
        }
        Some(d) if d > latest => {
            form.error(
                "until-day",
                format!(
                    "The date their access ends must be on or before {} ({} months from today)",
                    long_date(latest),
                    rules.max_consent_months
                ),
            );
            None
        }
        // Access lasts to the end of the chosen day (UK time).
        Some(d) => Some(
            crate::domain::uk_time::uk_wall_clock(d.next_day().unwrap_or(d), 0, 0).unix_timestamp(),
        ),
    };
    if form.has_errors() {
        return None;
    }
    Some((scopes, ends_at?))
}

fn add_months(d: Date, months: u32) -> Date {
    let total = d.year() * 12 + (d.month() as i32 - 1) + months as i32;
    let (y, m) = (total / 12, (total % 12 + 1) as u8);
    let month = Month::try_from(m).unwrap_or(Month::January);
    let last = month.length(y);
    Date::from_calendar_date(y, month, d.day().min(last)).unwrap_or(d)
}

/// The invite form.
pub struct InviteInput {
    pub name: String,
    pub email: String,
    pub relationship: String,
    pub access: AccessInput,
}

/// Makes an invitation and its single-use link (shown once to the resident).
pub async fn invite(
    state: &AppState,
    resident: &AccountRow,
    method: SignInMethod,
    input: InviteInput,
) -> Result<Result<InvitationLink, FormState>, AppError> {
    let now = state.clock.now_unix();
    let rules = rules_for(state, resident.id).await?;
    let mut form = FormState::default();
    form.keep("name", &input.name);
    form.keep("email", &input.email);
    form.keep("relationship", &input.relationship);
    if let Some(why) = cannot_invite(resident, method, rules, now) {
        form.error("name", why);
        return Ok(Err(form));
    }
    let name = match person::parse_full_name(&input.name) {
        Ok(n) => Some(n),
        Err(_) => {
            form.error(
                "name",
                "Enter the full name of the person you want to act for you",
            );
            None
        }
    };
    let email = match person::parse_email(&input.email) {
        Ok(e) => Some(e),
        Err(m) => {
            form.error("email", m);
            None
        }
    };
    if email
        .as_deref()
        .is_some_and(|e| Some(e) == resident.email.as_deref())
    {
        form.error(
            "email",
            "Enter the email address of the person you want to act for you, not your own",
        );
    }
    let relationship = RELATIONSHIPS.iter().find(|(v, _)| *v == input.relationship);
    if relationship.is_none() {
        form.error("relationship", "Select who they are to you");
    }
    let access = read_access(&input.access, rules, now, &mut form);
    let (Some(name), Some(email), Some((value, _)), Some((scopes, ends_at))) =
        (name, email, relationship, access)
    else {
        return Ok(Err(form));
    };
    if form.has_errors() {
        return Ok(Err(form));
    }
    let token = format!("{}{}", new_key(), new_key());
    let expires_at = now + INVITATION_SECS;
    store::insert_invitation(
        &state.db,
        &store::NewInvitation {
            token_hash: &token_hash(state, &token),
            subject: resident.id,
            invitee_name: &name,
            invitee_email: &email,
            proxy_is: value,
            subject_is: inverse(value),
            scopes: &proxies::scopes_to_text(&scopes),
            access_ends_at: ends_at,
            expires_at,
        },
        now,
    )
    .await?;
    audit::record(
        &state.db,
        now,
        Some(resident.id),
        Some(resident.id),
        AuditAction::ProxyInvited,
        "",
    )
    .await?;
    Ok(Ok(InvitationLink {
        name,
        email,
        link: format!(
            "{}/invitation/open?token={token}",
            state.config.public_url.trim_end_matches('/')
        ),
        expires: people_time(expires_at),
    }))
}

/// What the resident is to the person they invited, in words.
fn inverse(proxy_is: &str) -> &'static str {
    match proxy_is {
        "partner" => "partner",
        "daughter" | "son" => "parent",
        "mother" | "father" => "child",
        "sister" | "brother" => "sibling",
        "grandchild" => "grandparent",
        "family" => "family member",
        "friend" => "friend",
        "carer" => "person you care for",
        _ => "person you help",
    }
}

fn token_hash(state: &AppState, token: &str) -> String {
    throttle::key(state.config.secret.expose(), "proxy-invitation", token)
}

pub async fn withdraw(state: &AppState, resident: AccountId, id: i64) -> Result<(), AppError> {
    let now = state.clock.now_unix();
    if store::withdraw_invitation(&state.db, resident, id, now).await? {
        audit::record(
            &state.db,
            now,
            Some(resident),
            Some(resident),
            AuditAction::ProxyInvitationWithdrawn,
            "",
        )
        .await?;
    }
    Ok(())
}

/// A grant of the resident's own, for the change page.
pub async fn own_grant(
    state: &AppState,
    resident: AccountId,
    id: i64,
) -> Result<Option<GrantView>, AppError> {
    let now = state.clock.now_unix();
    Ok(people_grants(state, resident, now)
        .await?
        .into_iter()
        .find(|g| g.id == id))
}

async fn people_grants(
    state: &AppState,
    resident: AccountId,
    now: i64,
) -> Result<Vec<GrantView>, AppError> {
    let mut out = Vec::new();
    for g in proxies::for_subject(&state.db, resident).await? {
        if g.ends_at.is_some_and(|t| t <= now) {
            continue;
        }
        let Some(proxy) = accounts::by_id(&state.db, g.proxy).await? else {
            continue;
        };
        out.push(GrantView {
            id: g.id,
            name: proxy.full_name,
            relationship: g.proxy_is.clone(),
            can_do: scope_words(&g.scopes),
            scopes: g.scopes.iter().map(|s| s.as_str().to_string()).collect(),
            until: until_words(g.ends_at),
            until_parts: date_parts(g.ends_at),
            granted_how: g.basis.granted_how().to_string(),
            by_resident: g.basis == Basis::Consent,
        });
    }
    Ok(out)
}

/// Changes what a person may do for the resident, and until when. Takes effect on
/// that person's next request.
pub async fn change(
    state: &AppState,
    resident: &AccountRow,
    method: SignInMethod,
    id: i64,
    input: AccessInput,
) -> Result<Result<(), FormState>, AppError> {
    let now = state.clock.now_unix();
    let rules = rules_for(state, resident.id).await?;
    let mut form = FormState::default();
    let grant = proxies::by_id(&state.db, id)
        .await?
        .filter(|g| g.subject == resident.id && g.basis == Basis::Consent && g.ended_at.is_none())
        .ok_or(AppError::Forbidden)?;
    if let Some(why) = cannot_invite(resident, method, rules, now) {
        form.error("scope-record", why);
        return Ok(Err(form));
    }
    let Some((scopes, ends_at)) = read_access(&input, rules, now, &mut form) else {
        return Ok(Err(form));
    };
    if proxies::change(&state.db, grant.id, &scopes, ends_at, now).await? {
        audit::record_as(
            &state.db,
            now,
            Some(resident.id),
            Some(resident.id),
            Some("self"),
            AuditAction::ProxyAccessChanged,
            "",
        )
        .await?;
    }
    Ok(Ok(()))
}

/// Ends a person's access to act for the resident, now. Always allowed (it only
/// takes access away), whatever the resident's identity level this session.
pub async fn end(state: &AppState, resident: AccountId, id: i64) -> Result<(), AppError> {
    let now = state.clock.now_unix();
    let grant = proxies::by_id(&state.db, id)
        .await?
        .filter(|g| g.subject == resident && g.basis == Basis::Consent)
        .ok_or(AppError::Forbidden)?;
    if proxies::end(&state.db, grant.id, Some(resident), now).await? {
        audit::record_as(
            &state.db,
            now,
            Some(resident),
            Some(resident),
            Some("self"),
            AuditAction::ProxyAccessEnded,
            "resident",
        )
        .await?;
    }
    Ok(())
}

// ---- Invitations, from the invited person's side ---------------------------------------

enum Checked {
    Usable(Box<(store::Invitation, AccountRow)>),
    Unusable(&'static str, &'static str),
}

async fn check_invitation(state: &AppState, token: &str, now: i64) -> Result<Checked, AppError> {
    let Some(inv) = store::invitation_by_hash(&state.db, &token_hash(state, token)).await? else {
        return Ok(Checked::Unusable(
            "unknown",
            "This invitation link is not right. Ask the person who invited you to send it again.",
        ));
    };
    if inv.withdrawn_at.is_some() {
        return Ok(Checked::Unusable("withdrawn", "This invitation was withdrawn by the person who sent it. Ask them to invite you again if they want you to act for them."));
    }
    if inv.accepted_at.is_some() {
        return Ok(Checked::Unusable(
            "used",
            "This invitation has already been used. Each invitation can only be used once.",
        ));
    }
    if inv.expires_at <= now {
        return Ok(Checked::Unusable("expired", "This invitation has expired. Invitations last 7 days. Ask the person who invited you to send a new one."));
    }
    match accounts::by_id(&state.db, inv.subject).await? {
        Some(from) => Ok(Checked::Usable(Box::new((inv, from)))),
        None => Ok(Checked::Unusable(
            "unknown",
            "This invitation link is not right. Ask the person who invited you to send it again.",
        )),
    }
}

/// What the person who opened an invitation link sees. Names no clinical detail.
pub async fn invitation(
    state: &AppState,
    token: Option<&str>,
    signed_in: bool,
) -> Result<InvitationAnswer, AppError> {
    let Some(token) = token else {
        return Ok(InvitationAnswer::None);
    };
    let now = state.clock.now_unix();
    Ok(match check_invitation(state, token, now).await? {
        Checked::Unusable(_, words) => InvitationAnswer::Unusable(words.to_string()),
        Checked::Usable(found) => {
            let (inv, from) = *found;
            InvitationAnswer::Open {
                from: from.full_name,
                proxy_is: inv.proxy_is.clone(),
                can_do: scope_words(&proxies::scopes_from_text(&inv.scopes)),
                until: until_words(Some(inv.access_ends_at)).unwrap_or_default(),
                signed_in,
            }
        }
    })
}

/// Accepts an invitation for the signed-in person: single use, only by the person
/// it was sent to, only once they have proved who they are and signed in with two
/// steps. Grants nothing otherwise, and says why.
pub async fn accept(
    state: &AppState,
    actor: &AccountRow,
    method: SignInMethod,
    token: &str,
) -> Result<Result<AccountId, String>, AppError> {
    let now = state.clock.now_unix();
    let refuse = |reason: &'static str, subject: Option<AccountId>| async move {
        audit::record(
            &state.db,
            now,
            Some(actor.id),
            subject,
            AuditAction::ProxyInvitationRefused,
            reason,
        )
        .await
    };
    let (inv, from) = match check_invitation(state, token, now).await? {
        Checked::Unusable(reason, words) => {
            refuse(reason, None).await?;
            return Ok(Err(words.to_string()));
        }
        Checked::Usable(found) => *found,
    };
    if from.id == actor.id {
        refuse("own", Some(from.id)).await?;
        return Ok(Err(
            "You cannot accept an invitation you sent yourself.".into()
        ));
    }
    let same_email = actor
        .email
        .as_deref()
        .is_some_and(|e| e.eq_ignore_ascii_case(&inv.invitee_email));
    if !same_email {
        refuse("other_person", Some(from.id)).await?;
        return Ok(Err("This invitation was sent to someone else. Sign in with the account for the email address the invitation was sent to.".into()));
    }
    if actor.identity_level < IdentityLevel::P5 {
        refuse("not_proved", Some(from.id)).await?;
        return Ok(Err("To act for someone else, you need to prove who you are first. Go to your identity page to prove who you are, then open the invitation link again.".into()));
    }
    if !acting::two_step_this_session(method) {
        refuse("no_two_step", Some(from.id)).await?;
        return Ok(Err("To act for someone else, sign in with NHS login, or turn on two-step sign-in for your Front Door account and sign in again with a security code. Then open the invitation link again.".into()));
    }
    // Single use: only one request can mark it accepted.
    if !store::mark_accepted(&state.db, inv.id, actor.id, now).await? {
        refuse("used", Some(from.id)).await?;
        return Ok(Err(
            "This invitation has already been used. Each invitation can only be used once.".into(),
        ));
    }
    let scopes = proxies::scopes_from_text(&inv.scopes);
    proxies::insert(
        &state.db,
        &NewGrant {
            subject: from.id,
            proxy: actor.id,
            basis: Basis::Consent,
            proxy_is: &inv.proxy_is,
            subject_is: &inv.subject_is,
            scopes: &scopes,
            starts_at: now,
            ends_at: Some(inv.access_ends_at),
            provider_id: None,
            provider_ref: None,
            practice_allows_older_child: false,
        },
        now,
    )
    .await?;
    audit::record_as(
        &state.db,
        now,
        Some(actor.id),
        Some(from.id),
        Some("carer"),
        AuditAction::ProxyInvitationAccepted,
        "",
    )
    .await?;
    Ok(Ok(from.id))
}

// ---- Who has looked at or acted on my record ----------------------------------------------

fn what_words(action: &str, detail: &str) -> String {
    let words = match action {
        "record_viewed" => match detail {
            "test-results" => "Looked at test results",
            "letters" => "Looked at letters",
            _ => "Looked at the health record",
        },
        "record_downloaded" => "Downloaded the health record",
        "appointments_viewed" => "Looked at appointments",
        "appointment_viewed" => "Looked at an appointment",
        "slots_searched" => "Looked for appointment times",
        "slot_chosen" => "Chose an appointment time",
        "booking_viewed" => "Checked an appointment before booking",
        "booking_confirmed" => "Confirmed a booking",
        "appointment_booked" => "Booked an appointment",
        "appointment_not_booked" => "Tried to book an appointment (not booked)",
        "appointment_changed" => "Changed an appointment",
        "cancel_requested" => "Asked to cancel an appointment",
        "appointment_cancelled" => "Cancelled an appointment",
        "calendar_downloaded" => "Added an appointment to a calendar",
        "triage_started" => "Started asking for help",
        "triage_red_flag" => "Was told to get urgent help",
        "triage_outcome_shown" => "Was shown what to do next",
        "triage_sent" => "Sent a request for help to the GP surgery",
        "triage_not_sent" => "Tried to send a request for help (not sent)",
        "triage_discarded" => "Deleted a draft request for help",
        "triage_request_viewed" => "Looked at a request for help",
        "triage_requests_viewed" => "Looked at requests for help",
        "acting_for_chosen" => "Chose to act for you",
        "acting_refused" => "Was refused access",
        "identity_level_too_low" => "Was refused access (identity not proved enough)",
        "proxy_invited" => "Invited someone to act for you",
        "proxy_invitation_withdrawn" => "Withdrew an invitation",
        "proxy_invitation_accepted" => "Accepted your invitation to act for you",
        "proxy_invitation_refused" => "Tried to accept an invitation (refused)",
        "proxy_access_changed" => "Changed what someone can do for you",
        "proxy_access_ended" => "Ended someone's access to act for you",
        "proxy_access_from_practice" => "Recorded someone who can act for you",
        "access_history_viewed" => "Looked at this history",
        "account_details_viewed" => "Looked at account details",
        "signed_in" => "Signed in",
        "signed_out" => "Signed out",
        "sign_in_failed" => "A sign-in failed",
        "sign_in_throttled" => "Sign-in was paused after too many tries",
        "session_timed_out" => "Was signed out after a time without activity",
        "stayed_signed_in" => "Chose to stay signed in",
        "account_created" => "Created the account",
        "nhs_login_linked" => "Linked NHS login",
        "nhs_login_refused" => "NHS login sign-in was refused",
        "identity_level_changed" => "Identity level changed",
        "two_step_turned_on" => "Turned on two-step sign-in",
        "two_step_turned_off" => "Turned off two-step sign-in",
        "recovery_codes_made" => "Made new recovery codes",
        "gp_linkage_verified" => "Proved identity with details from the GP surgery",
        "gp_linkage_refused" => "GP surgery details did not match",
        other => return other.replace('_', " "),
    };
    words.to_string()
}

fn role_words(role: Option<&str>) -> &'static str {
    match role {
        Some("self") => "Yourself",
        Some("carer") => "Carer",
        Some("parent") => "Parent",
        Some("attorney") => "Lasting power of attorney",
        Some("deputy") => "Court-appointed deputy",
        _ => "",
    }
}

/// The subject's access history, newest first, a page at a time. Audited.
pub async fn history(
    state: &AppState,
    acting: acting::Acting,
    page: i64,
) -> Result<HistoryView, AppError> {
    acting::audit(state, acting, AuditAction::AccessHistoryViewed, "").await?;
    let page = page.max(1);
    let (rows, total) = audit::history_for(
        &state.db,
        acting.subject,
        HISTORY_PAGE,
        (page - 1) * HISTORY_PAGE,
    )
    .await?;
    let lines = rows
        .into_iter()
        .map(|r| {
            let who = match (r.actor, r.actor_name) {
                (Some(a), _) if a == acting.subject => "You".to_string(),
                (Some(_), Some(name)) => name,
                (None, _) if r.action.starts_with("proxy_access") => "Your GP surgery".to_string(),
                _ => "Front Door".to_string(),
            };
            HistoryLine {
                when: people_time(r.at),
                who,
                role: role_words(r.role.as_deref()).to_string(),
                what: what_words(&r.action, &r.detail),
            }
        })
        .collect();
    Ok(HistoryView {
        lines,
        page,
        pages: ((total + HISTORY_PAGE - 1) / HISTORY_PAGE).max(1),
        total,
    })
}

/// The scopes ticked on a form (`scopes[record]=yes`), in the order they are offered;
/// anything else sent is ignored.
pub fn scopes_from_form(ticked: std::collections::BTreeMap<String, String>) -> Vec<String> {
    SCOPE_CHOICES
        .iter()
        .filter(|(v, _)| ticked.get(*v).is_some_and(|t| t == "yes"))
        .map(|(v, _)| v.to_string())
        .collect()
}

// ---- The demo ------------------------------------------------------------------------------

/// A demo person who signs in with the demo NHS login (`data/identity-provider/people.json`).
pub struct DemoPerson {
    pub sub: &'static str,
    pub email: &'static str,
    pub full_name: &'static str,
    pub date_of_birth: &'static str,
    pub nhs_number: &'static str,
}

/// The demo adult with a carer: David Okafor has let his daughter Grace act for him.
/// (The demo parent needs nothing here: the simulated GP practice records Sarah
/// Thompson as mother of Ben and Lily, and Front Door reads it at her sign-in.)
pub const DEMO_RESIDENT: DemoPerson = DemoPerson {
    sub: "demo-p9-david-okafor",
    email: "david.okafor@example.org",
    full_name: "David Okafor",
    date_of_birth: "1951-09-02",
    nhs_number: "9990000026",
};
pub const DEMO_CARER: DemoPerson = DemoPerson {
    sub: "demo-p9-grace-okafor",
    email: "grace.okafor@example.org",
    full_name: "Grace Okafor",
    date_of_birth: "1979-06-22",
    nhs_number: "9990000700",
};

async fn demo_account(state: &AppState, p: &DemoPerson) -> Result<AccountId, AppError> {
    if let Some(row) = accounts::by_nhs_login_sub(&state.db, p.sub).await? {
        return Ok(row.id);
    }
    let proof = accounts::Proof {
        level: IdentityLevel::P9,
        full_name: p.full_name,
        date_of_birth: Some(p.date_of_birth),
        nhs_number: Some(p.nhs_number),
        source: accounts::NhsNumberSource::NhsLogin,
        nhs_login_sub: Some(p.sub),
    };
    accounts::insert_proved(&state.db, p.email, &proof, state.clock.now_unix())
        .await
        .map_err(|_| AppError::Internal)
}

/// Lets the demo carer act for the demo resident (appointments, asking for help and
/// the record summary; not results and letters) for a year, unless already done.
pub async fn seed_demo_carer(state: &AppState) -> Result<(), AppError> {
    let resident = demo_account(state, &DEMO_RESIDENT).await?;
    let carer = demo_account(state, &DEMO_CARER).await?;
    if !proxies::between(&state.db, carer, resident)
        .await?
        .is_empty()
    {
        return Ok(());
    }
    let now = state.clock.now_unix();
    let today = uk_local(now).date();
    let until = add_months(today, 12);
    proxies::insert(
        &state.db,
        &NewGrant {
            subject: resident,
            proxy: carer,
            basis: Basis::Consent,
            proxy_is: "daughter",
            subject_is: "parent",
            scopes: &[Scope::Record, Scope::Appointments, Scope::Triage],
            starts_at: now,
            ends_at: Some(crate::domain::uk_time::uk_wall_clock(until, 0, 0).unix_timestamp()),
            provider_id: None,
            provider_ref: None,
            practice_allows_older_child: false,
        },
        now,
    )
    .await?;
    Ok(())
}

// ---- The invitations table ----------------------------------------------------------------

pub mod store {
    use crate::{domain::AccountId, on_db, platform::db::Db};
    use sqlx::Row;

    pub struct NewInvitation<'a> {
        pub token_hash: &'a str,
        pub subject: AccountId,
        pub invitee_name: &'a str,
        pub invitee_email: &'a str,
        pub proxy_is: &'a str,
        pub subject_is: &'a str,
        pub scopes: &'a str,
        pub access_ends_at: i64,
        pub expires_at: i64,
    }

    pub struct Invitation {
        pub id: i64,
        pub subject: AccountId,
        pub invitee_name: String,
        pub invitee_email: String,
        pub proxy_is: String,
        pub subject_is: String,
        pub scopes: String,
        pub access_ends_at: i64,
        pub expires_at: i64,
        pub accepted_at: Option<i64>,
        pub withdrawn_at: Option<i64>,
    }

    const COLUMNS: &str =
        "id, subject_account_id, invitee_name, invitee_email, proxy_is, subject_is, \
                           scopes, access_ends_at, expires_at, accepted_at, withdrawn_at";

    fn from_row<R: Row>(r: &R) -> Result<Invitation, sqlx::Error>
    where
        for<'c> &'c str: sqlx::ColumnIndex<R>,
        for<'q> i64: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
        for<'q> Option<i64>: sqlx::Decode<'q, R::Database>,
        for<'q> String: sqlx::Decode<'q, R::Database> + sqlx::Type<R::Database>,
    {
        Ok(Invitation {
            id: r.try_get("id")?,
            subject: AccountId(r.try_get("subject_account_id")?),
            invitee_name: r.try_get("invitee_name")?,
            invitee_email: r.try_get("invitee_email")?,
            proxy_is: r.try_get("proxy_is")?,
            subject_is: r.try_get("subject_is")?,
            scopes: r.try_get("scopes")?,
            access_ends_at: r.try_get("access_ends_at")?,
            expires_at: r.try_get("expires_at")?,
            accepted_at: r.try_get("accepted_at")?,
            withdrawn_at: r.try_get("withdrawn_at")?,
        })
    }

    pub async fn insert_invitation(
        db: &Db,
        i: &NewInvitation<'_>,
        now: i64,
    ) -> Result<i64, sqlx::Error> {
        const SQL: &str = "INSERT INTO proxy_invitations (token_hash, subject_account_id, invitee_name, \
                           invitee_email, proxy_is, subject_is, scopes, access_ends_at, expires_at, created_at) \
                           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id";
        on_db!(db, |pool| {
            sqlx::query_scalar(SQL)
                .bind(i.token_hash)
                .bind(i.subject)
                .bind(i.invitee_name)
                .bind(i.invitee_email)
                .bind(i.proxy_is)
                .bind(i.subject_is)
                .bind(i.scopes)
                .bind(i.access_ends_at)
                .bind(i.expires_at)
                .bind(now)
                .fetch_one(pool)
                .await
        })
    }

    pub async fn invitation_by_hash(
        db: &Db,
        hash: &str,
    ) -> Result<Option<Invitation>, sqlx::Error> {
        let sql = format!("SELECT {COLUMNS} FROM proxy_invitations WHERE token_hash = $1");
        on_db!(db, |pool| {
            match sqlx::query(&sql).bind(hash).fetch_optional(pool).await? {
                Some(r) => from_row(&r).map(Some),
                None => Ok(None),
            }
        })
    }

    /// Invitations from `subject` still waiting to be accepted.
    pub async fn open_invitations(
        db: &Db,
        subject: AccountId,
        now: i64,
    ) -> Result<Vec<Invitation>, sqlx::Error> {
        let sql = format!(
            "SELECT {COLUMNS} FROM proxy_invitations WHERE subject_account_id = $1 AND accepted_at IS NULL \
             AND withdrawn_at IS NULL AND expires_at > $2 ORDER BY id"
        );
        on_db!(db, |pool| {
            sqlx::query(&sql)
                .bind(subject)
                .bind(now)
                .fetch_all(pool)
                .await?
                .iter()
                .map(from_row)
                .collect::<Result<Vec<_>, _>>()
        })
    }

    /// Marks an invitation used, if it still can be; true for the one request that did.
    pub async fn mark_accepted(
        db: &Db,
        id: i64,
        by: AccountId,
        now: i64,
    ) -> Result<bool, sqlx::Error> {
        const SQL: &str =
            "UPDATE proxy_invitations SET accepted_at = $1, accepted_by = $2 WHERE id = $3 \
                           AND accepted_at IS NULL AND withdrawn_at IS NULL AND expires_at > $1";
        on_db!(db, |pool| {
            sqlx::query(SQL)
                .bind(now)
                .bind(by)
                .bind(id)
                .execute(pool)
                .await
                .map(|r| r.rows_affected() == 1)
        })
    }

    pub async fn withdraw_invitation(
        db: &Db,
        subject: AccountId,
        id: i64,
        now: i64,
    ) -> Result<bool, sqlx::Error> {
        const SQL: &str = "UPDATE proxy_invitations SET withdrawn_at = $1 WHERE id = $2 \
                           AND subject_account_id = $3 AND accepted_at IS NULL AND withdrawn_at IS NULL";
        on_db!(db, |pool| {
            sqlx::query(SQL)
                .bind(now)
                .bind(id)
                .bind(subject)
                .execute(pool)
                .await
                .map(|r| r.rows_affected() == 1)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn months_are_added_to_the_last_day_a_month_has() {
        assert_eq!(add_months(date!(2026 - 12 - 02), 18), date!(2028 - 06 - 02));
        assert_eq!(add_months(date!(2026 - 08 - 31), 18), date!(2028 - 02 - 29));
        assert_eq!(add_months(date!(2026 - 01 - 31), 1), date!(2026 - 02 - 28));
    }

    #[test]
    fn every_relationship_has_words_for_the_other_side() {
        for (value, _) in RELATIONSHIPS {
            assert!(!inverse(value).is_empty());
        }
    }

    #[test]
    fn the_end_date_is_checked_against_the_practice_limit() {
        let now = date!(2026 - 12 - 02)
            .midnight()
            .assume_utc()
            .unix_timestamp()
            + 36_000;
        let rules = proxies::PracticeRules::default();
        let input = |d: &str, m: &str, y: &str| AccessInput {
            scopes: vec!["appointments".into()],
            until_day: d.into(),
            until_month: m.into(),
            until_year: y.into(),
        };
        let mut form = FormState::default();
        assert!(read_access(&input("2", "6", "2028"), rules, now, &mut form).is_some());
        let mut form = FormState::default();
        assert!(read_access(&input("3", "6", "2028"), rules, now, &mut form).is_none());
        assert!(form.error_for("until-day").unwrap().contains("2 June 2028"));
        let mut form = FormState::default();
        assert!(read_access(&input("2", "12", "2026"), rules, now, &mut form).is_none());
        let mut form = FormState::default();
        assert!(read_access(&input("31", "2", "2027"), rules, now, &mut form).is_none());
        let mut form = FormState::default();
        let none = AccessInput {
            scopes: vec![],
            ..input("1", "1", "2027")
        };
        assert!(read_access(&none, rules, now, &mut form).is_none());
        assert!(form.error_for("scope-record").is_some());
    }
}
