//! The rules behind the carers pages: whom the signed-in person may act for,
//! the resident's own grants and invitations, and the access history.
//! Whether a request may go ahead is decided in `platform::acting`, never here.

mod history;
mod invitations;
mod people;

pub use history::history;
pub use invitations::{accept, invitation};
pub(crate) use people::add_months;
use people::token_hash;
pub use people::{
    change, end, invite, own_grant, people, scopes_from_form, withdraw, AccessInput, InviteInput,
};

use super::{
    relationship_words, BannerView, ChooserView, GrantView, HistoryLine, HistoryView,
    InvitationAnswer, InvitationLink, InvitationView, PeopleView, PersonChoice, RELATIONSHIPS,
    SCOPE_CHOICES,
};
use crate::{
    domain::{
        person::{self, long_date},
        t,
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

pub(super) fn age_of(row: &AccountRow, now: i64) -> Option<i64> {
    person::stored_date(&row.date_of_birth)
        .and_then(|born| person::age_in_years(born, uk_local(now).date()))
}

pub(super) fn scope_words(scopes: &[Scope]) -> Vec<String> {
    scopes.iter().map(|s| s.described().to_string()).collect()
}

pub(super) fn until_words(t: Option<i64>) -> Option<String> {
    // An end instant is the start of the day after the last day of access.
    t.map(|t| long_date(uk_local(t - 1).date()))
}

/// The practice rules that apply to a resident: those of their GP practice.
pub(super) async fn rules_for(
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
        let (can_do, refused, note) = match decided {
            Ok((_, scopes)) => {
                let narrowed = grant.scopes.iter().any(|s| !scopes.contains(s))
                    && grant.basis == Basis::ParentalResponsibility;
                let note = narrowed.then(|| {
                    crate::domain::ActingRefusal::NotFromThisAge
                        .explained()
                        .to_string()
                });
                (scope_words(&scopes), None, note)
            }
            Err(why) => (Vec::new(), Some(why.explained().to_string()), None),
        };
        people.push(PersonChoice {
            value: grant.subject.0.to_string(),
            name: subject.full_name.clone(),
            relationship: relationship_words(&grant.subject_is),
            age: age_of(&subject, now),
            can_do,
            until: until_words(grant.ends_at),
            refused,
            note,
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
        form.error("person", t("say-carer-select-who-you-are-using"));
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
    if let Some(subject) = acting_for.filter(|s| *s != actor) {
        let row = accounts::by_id(&state.db, subject).await?;
        let grants = proxies::between(&state.db, actor, subject).await?;
        if let (Some(row), Some(grant)) = (row, grants.last()) {
            let relationship = relationship_words(&grant.subject_is);
            let about = match age_of(&row, state.clock.now_unix()) {
                Some(age) => format!("{relationship}, {age}"),
                None => relationship,
            };
            return Ok(BannerView {
                acting_for: Some(format!("{} ({about})", row.full_name)),
                acting_for_name: Some(row.full_name),
                can_switch: true,
            });
        }
    }
    // Acting for themselves: the switch is offered only to people who act for someone.
    Ok(BannerView {
        can_switch: !proxies::for_proxy(&state.db, actor).await?.is_empty(),
        ..BannerView::default()
    })
}
