//! "People who can act for me": the resident's grants, invitations, changes and endings.

use crate::domain::{t, t_with};

use super::*;
use crate::features::carers::store;

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
) -> Option<String> {
    if row.identity_level < IdentityLevel::P9 {
        return Some(t("say-carer-to-let-someone-act-for"));
    }
    if identity::session_level(row.identity_level, method) < IdentityLevel::P9 {
        return Some(t("say-carer-to-let-someone-act-for-2"));
    }
    match age_of(row, now) {
        Some(age) if age >= rules.may_invite_from => None,
        _ => Some(t("say-carer-you-need-to-be-16")),
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
        cannot_invite: cannot_invite(resident, method, rules, now),
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
        form.error("scope-record", t("say-carer-select-what-they-can-do"));
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
            form.error("until-day", t("say-carer-enter-the-date-their-access"));
            None
        }
        None => {
            form.error("until-day", t("say-carer-the-date-their-access-ends"));
            None
        }
        Some(d) if d <= today => {
            form.error("until-day", t("say-carer-the-date-their-access-ends-2"));
            None
        }
        Some(d) if d > latest => {
            form.error(
                "until-day",
                t_with(
                    "say-carer-access-ends-by",
                    [
                        ("date", long_date(latest).into()),
                        ("months", rules.max_consent_months.into()),
                    ],
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

pub(crate) fn add_months(d: Date, months: u32) -> Date {
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
            form.error("name", t("say-carer-enter-the-full-name-of"));
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
        form.error("email", t("say-carer-enter-the-email-address-of"));
    }
    let relationship = RELATIONSHIPS.iter().find(|(v, _)| *v == input.relationship);
    if relationship.is_none() {
        form.error("relationship", t("say-carer-select-who-they-are-to"));
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

pub(super) fn token_hash(state: &AppState, token: &str) -> String {
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
            relationship: relationship_words(&g.proxy_is),
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
        audit::record(
            &state.db,
            now,
            Some(resident.id),
            Some(resident.id),
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
        audit::record(
            &state.db,
            now,
            Some(resident),
            Some(resident),
            AuditAction::ProxyAccessEnded,
            "resident",
        )
        .await?;
    }
    Ok(())
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
